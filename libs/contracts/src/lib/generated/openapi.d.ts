// Generated from the API's OpenAPI document by openapi-typescript (`npm run openapi`). Do not edit.
export interface paths {
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail, newest first (admins only)
         * @description Pages through the audit trail: every change with who made it (a user or a system job), the entity, the action and the request id; filters by entity, action and actor. Admins only.
         */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in; returns an access token and sets the refresh cookie
         * @description Checks the e-mail address and password and returns a short-lived access token with the user; sets the refresh token as an HttpOnly cookie. Repeated failures are slowed down per account and limited per client (429).
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new access token for the refresh cookie (which rotates)
         * @description Exchanges the refresh cookie for a new access token. The cookie rotates on every use; a refresh token used again (after the short grace for two tabs) ends its sign-in session (401).
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: ends the session of the refresh cookie (or of the access token)
         * @description Ends the sign-in session of the refresh cookie, or else of the access token, and clears the cookie.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description The user of the access token, with role, organisation and language.
         */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the signed-in user’s language
         * @description The only thing users change about themselves here is the language of the portal and of their e-mails.
         */
        patch: operations["AuthController_updateMe"];
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user’s open sessions (device, sign-in, last use)
         * @description Every sign-in session of the signed-in user that has not ended, with its device and when it was last used.
         */
        get: operations["AuthController_listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one of the signed-in user’s sessions: its tokens stop working at once
         * @description Ends one sign-in session of the signed-in user (another device, say); its access and refresh tokens are refused from then on.
         */
        delete: operations["AuthController_endSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/end-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of the signed-in user except this one
         * @description Ends every other sign-in session of the signed-in user and says how many ended.
         */
        post: operations["AuthController_endOtherSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * User accounts with status and last sign-in (admins; main contacts: their organisation)
         * @description Pages through user accounts with role, organisation, status (invited, active, deactivated) and last sign-in; filters on status, role and part of the name or address. Admins see every organisation, a school’s or gemeente’s main contact only their own (403 for anyone else).
         */
        get: operations["UsersController_list"];
        put?: never;
        /**
         * Invite a person: a new account and an e-mail with a one-time link (7 days)
         * @description Creates an account without a password and e-mails a link (valid for 7 days) where the person sets their own password. Admins invite for any organisation and role; a main contact only for their own school or gemeente, with their own role (403 otherwise). An address that has an account is a 409.
         */
        post: operations["UsersController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user account
         * @description One user account by id, with role, organisation, status and last sign-in. Admins see anyone, a main contact the accounts of their organisation; everyone else only themselves (others are a 404).
         */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an account’s role or main-contact mark
         * @description Admins change the role between planner, staff and admin (the account signs in again), and the main-contact mark; a main contact only the mark, in their own organisation. The last active admin keeps the role (409).
         */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the invitation again: a new link, the previous one stops
         * @description E-mails a new one-time link to an invited account that has not set its password yet; the previous link no longer works. An active or deactivated account is a 409.
         */
        post: operations["UsersController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an account: its sessions end at once
         * @description The account can no longer sign in; its open sessions end (its access tokens are refused from the next request) and its open links stop. The last active admin cannot be deactivated, nor can anyone deactivate their own account (409).
         */
        post: operations["UsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a deactivated account
         * @description The account can sign in again with its password (or set one through a new invitation).
         */
        post: operations["UsersController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgot password: e-mails a one-hour link if the address has an account
         * @description Always answers 202 in about the same time, whether or not the address has an account, so the answer reveals nothing. An active account gets an e-mail with a link valid for one hour, at most three an hour. Limited per client IP like sign-in (429).
         */
        post: operations["PasswordController_requestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/set-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a password with a one-time link (invitation, reset, first admin)
         * @description Sets the password of the link’s account (at least 12 characters) and uses the link up; every open session of the account ends. Answers the address to sign in with. An unknown link is a 400; a used, replaced or expired one a 410.
         */
        post: operations["PasswordController_setPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Schools the signed-in user may see, a page at a time
         * @description The schools the signed-in user may see, by name, with address, school type and holiday region; `q` searches name, BRIN and place. At most 50 a page (`page`, `pageSize`) with the total.
         */
        get: operations["OrganisationController_listSchools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One school
         * @description A school with its address, school type, holiday region and school-day hours, when the signed-in user may see it.
         */
        get: operations["OrganisationController_getSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change address or school-day hours (the school itself or an admin)
         * @description Changes the address (a Dutch postcode, normalised) or the hours of the school day; the end of the day must be later than its start. Other fields are refused.
         */
        patch: operations["OrganisationController_updateSchool"];
        trace?: never;
    };
    "/api/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gemeenten, a page at a time
         * @description The gemeenten (municipalities) the signed-in user may see, by name, with their CBS code, region and holiday region. Retired (merged) gemeenten are left out unless `includeRetired=true`. At most 50 a page (`page`, `pageSize`) with the total.
         */
        get: operations["OrganisationController_listMunicipalities"];
        put?: never;
        /**
         * Add a gemeente (admins)
         * @description A gemeente with its CBS code (GM and four digits, unique: a taken code is a 409), name, region, holiday region and optionally its centre (where imported schools are placed).
         */
        post: operations["OrganisationAdminController_createMunicipality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One gemeente
         * @description A gemeente with its region, when the signed-in user may see it.
         */
        get: operations["OrganisationController_getMunicipality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a gemeente, move it to another region or change its holiday region (admins)
         * @description A new holiday region reaches every school of the gemeente that has no override of its own. A retired gemeente is a 409.
         */
        patch: operations["OrganisationAdminController_updateMunicipality"];
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Halt regions
         * @description The regions Halt works in; planners plan per region.
         */
        get: operations["OrganisationController_listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/school-imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview an import of schools from DUO’s CSV (admins)
         * @description Reads a CSV in DUO’s layout of school locations (`;` or `,`, quoted fields, BOM) and says per line what an import would do: new, changed (with the fields), unchanged, or refused with a Dutch reason (missing BRIN, bad postcode, unknown gemeentecode or kind of education, a duplicate line…). Writes nothing. At most 1,500 lines; a file that cannot be read is a 400 on `csv`.
         */
        post: operations["OrganisationAdminController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/school-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import schools from DUO’s CSV (admins)
         * @description Works the same plan out as the preview and writes it in one transaction: new schools are created (placed at their gemeente’s centre), changed ones updated, refused lines skipped. Keyed on BRIN + vestigingsnummer, so importing the same file again changes nothing.
         */
        post: operations["OrganisationAdminController_commit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Halt’s regions with their gemeenten (admins)
         * @description Every region with its current gemeenten (retired ones left out), by name.
         */
        get: operations["OrganisationAdminController_regions"];
        put?: never;
        /**
         * Add a Halt region (admins)
         * @description A region Halt works in, with a stable code (lower case, e.g. `midden`) and a name; a taken code is a 409. Planners, specialists and gemeenten are then tied to it.
         */
        post: operations["OrganisationAdminController_createRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a merged gemeente into its successor (admins)
         * @description Moves the gemeente’s schools to the successor and retires it (no longer in pickers). Active user accounts of the gemeente or package orders that are not closed block it: a 409 naming them.
         */
        post: operations["OrganisationAdminController_retireMunicipality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}/holiday-region": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set or clear a school’s own holiday region (admins)
         * @description A school follows its gemeente’s holiday region; an override (noord, midden, zuid) deviates from it, `null` follows the gemeente again.
         */
        put: operations["OrganisationAdminController_setSchoolHolidayRegion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sports-clubs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sportverenigingen the user may see, by name
         * @description One page of sportverenigingen (KNVB club number, address, gemeente): admins all, a gemeente its own, planners those in their regions, a club user its own club. Filter by gemeente or part of the name.
         */
        get: operations["RequesterOrganisationsController_listClubs"];
        put?: never;
        /**
         * Add a sportvereniging (admins)
         * @description A new sportvereniging with its KNVB club number (four letters, two digits, a letter; unique: 409 naming the club that has it), address, gemeente and coordinates.
         */
        post: operations["RequesterOrganisationsController_createClub"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sports-clubs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One sportvereniging
         * @description A sportvereniging the user may see (404 otherwise).
         */
        get: operations["RequesterOrganisationsController_getClub"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a sportvereniging (admins)
         * @description Name, KNVB club number, address, gemeente or coordinates of a sportvereniging.
         */
        patch: operations["RequesterOrganisationsController_updateClub"];
        trace?: never;
    };
    "/api/neighbourhood-partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wijkpartners the user may see, by name
         * @description One page of wijkpartners (jongerenwerk, wijkteam, anders) with address and gemeente: admins all, a gemeente its own, planners those in their regions, a wijkpartner user its own organisation.
         */
        get: operations["RequesterOrganisationsController_listPartners"];
        put?: never;
        /**
         * Add a wijkpartner (admins)
         * @description A new wijkpartner: name, kind (jongerenwerk, wijkteam, anders), address, gemeente and coordinates.
         */
        post: operations["RequesterOrganisationsController_createPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/neighbourhood-partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One wijkpartner
         * @description A wijkpartner the user may see (404 otherwise).
         */
        get: operations["RequesterOrganisationsController_getPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a wijkpartner (admins)
         * @description Name, kind, address, gemeente or coordinates of a wijkpartner.
         */
        patch: operations["RequesterOrganisationsController_updatePartner"];
        trace?: never;
    };
    "/api/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The catalogue, filtered by type, topic, level or text, a page at a time
         * @description The prevention offers (voorlichting, klassendialoog, schoolspreekuur, …) with their type, topics, levels and duration, by type and title, at most 50 a page (`page`, `pageSize`) with the total. Withdrawn offers only for admins.
         */
        get: operations["OffersController_list"];
        put?: never;
        /**
         * Add an offer (admins)
         * @description Adds an offer to the catalogue with its type, topics, levels and duration. Admins only.
         */
        post: operations["OffersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Topics of the active offers
         * @description The distinct topics of the active offers, for the catalogue filter.
         */
        get: operations["OffersController_topics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One offer
         * @description One offer of the catalogue by id.
         */
        get: operations["OffersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an offer, or withdraw it with active=false (admins)
         * @description Changes an offer; `active: false` withdraws it from the catalogue, requests already made keep it. Admins only.
         */
        patch: operations["OffersController_update"];
        trace?: never;
    };
    "/api/learning-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The learning lines and their steps
         * @description Halt's doorlopende leerlijnen: per line, the offers that follow each other across levels (PO groep 7–8, VO klas 1–2, …), in order. A short bounded list, whole.
         */
        get: operations["LearningLinesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning-lines/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The school's own progress on every learning line
         * @description Per line and step, for the school year: given, planned or open for the year groups the school teaches, the last earlier school year it was given, and the suggested next step. Schools only, their own school.
         */
        get: operations["LearningLinesController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning-lines/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the gemeente's schools cover each learning line
         * @description Per line and step, for the school year: how many of the gemeente's schools teach the step's level, and how many of them had it given or planned. Gemeenten only, their own schools.
         */
        get: operations["LearningLinesController_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per day: can Halt come to this school, and if not, why not
         * @description Each day of a period at one school: whether Halt can come, and if not whether it is a weekend, a school holiday of its region, a public holiday or a closed day of the school.
         */
        get: operations["CalendarController_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/school-holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * School-holiday periods per region
         * @description The school-holiday periods per holiday region (noord, midden, zuid) of a school year.
         */
        get: operations["CalendarController_listHolidays"];
        put?: never;
        /**
         * Add a holiday period, e.g. for the next school year (admins)
         * @description Adds a school-holiday period for a holiday region. Admins only.
         */
        post: operations["CalendarController_addHoliday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/school-holidays/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * School years ahead without holidays on record (admins, planners)
         * @description For the current and the next school year, the holiday regions that have no school-holiday period on record. Schools cannot ask for dates in such a year until Halt adds them.
         */
        get: operations["CalendarController_holidayCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/school-holidays/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a holiday period (admins)
         * @description Removes a school-holiday period. Admins only.
         */
        delete: operations["CalendarController_removeHoliday"];
        options?: never;
        head?: never;
        /**
         * Change a holiday period (admins)
         * @description Changes the dates of a school-holiday period. Admins only.
         */
        patch: operations["CalendarController_updateHoliday"];
        trace?: never;
    };
    "/api/schools/{id}/closed-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The days a school is closed besides holidays
         * @description The days a school is closed besides the holidays (study days, sports days), on which nothing is planned.
         */
        get: operations["CalendarController_listClosedDays"];
        put?: never;
        /**
         * Add a closed day (the school itself or an admin)
         * @description Adds a day on which the school is closed; nothing is planned on it.
         */
        post: operations["CalendarController_addClosedDay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}/closed-days/{dayId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a closed day
         * @description Removes a closed day of the school (the school itself or an admin).
         */
        delete: operations["CalendarController_removeClosedDay"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/package-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Package templates
         * @description The package templates gemeenten order from, with their offers and credits. Gemeenten and admins.
         */
        get: operations["PackagesController_templates"];
        put?: never;
        /**
         * Add a package template (admins)
         * @description Adds a package template with its offers and credits. Admins only.
         */
        post: operations["PackagesController_createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/package-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a package template (admins)
         * @description Changes a package template; orders made from it keep what they were made with. Admins only.
         */
        patch: operations["PackagesController_updateTemplate"];
        trace?: never;
    };
    "/api/package-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A gemeente's own orders, or all orders for Halt; optionally of one subsidy year
         * @description Package orders with their state and budget (credits reserved, consumed and left), newest year first, at most 50 a page (`page`, `pageSize`) with the total, and the budget totals over all the orders found that count (not drafts, not cancelled). A gemeente sees its own orders, admins all.
         */
        get: operations["PackagesController_list"];
        put?: never;
        /**
         * Make a draft order (from a template or custom); `order` sends it to Halt
         * @description A gemeente makes a draft package order from a template or with its own offers; it is sent to Halt with POST /api/package-orders/{id}/order.
         */
        post: operations["PackagesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/package-orders/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sessions ordered and delivered, pupils reached and credits used per school and offer
         * @description What the gemeente’s packages have delivered, per school and offer: sessions ordered and delivered, pupils reached and credits used. Gemeenten (their own) and admins.
         */
        get: operations["PackagesController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/package-orders/results.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The results as CSV
         * @description The same figures as GET /api/package-orders/results, as a CSV file.
         */
        get: operations["PackagesController_resultsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/package-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One package order
         * @description A package order with its offers, budget, ledger, funded requests and its transitions.
         */
        get: operations["PackagesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft order (gemeente)
         * @description Changes a draft package order of the gemeente (its offers and credits).
         */
        patch: operations["PackagesController_update"];
        trace?: never;
    };
    "/api/package-orders/{id}/ledger.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order’s ledger as CSV
         * @description Every ledger entry of a package order (credits granted, reserved, released, consumed), as a CSV file.
         */
        get: operations["PackagesController_ledgerCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/package-orders/{id}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the order to Halt (gemeente)
         * @description The gemeente sends a draft or returned order to Halt, which accepts or returns it. A state that does not allow it is a 409.
         */
        post: operations["PackagesController_order"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/package-orders/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Halt accepts the order; it becomes active at once
         * @description Halt accepts an ordered package: its credits become the budget schools can draw on. Admins only.
         */
        post: operations["PackagesController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/package-orders/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return the order to the gemeente (admins)
         * @description Halt sends an ordered package back to the gemeente with a reason, to change it and order again. Admins only.
         */
        post: operations["PackagesController_returnOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/package-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a package order
         * @description Cancels a package order, with a reason (the gemeente or an admin). A state that does not allow it is a 409.
         */
        post: operations["PackagesController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/package-orders/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a package order (admins)
         * @description Closes a package order. A state that does not allow it is a 409. Admins only.
         */
        post: operations["PackagesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/package-orders/{id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Raise or lower the budget; never below what is already reserved or consumed
         * @description Changes the budget of an active package order by a number of credits, with a reason; the ledger records it. A budget below what is reserved or consumed is a 409.
         */
        post: operations["PackagesController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}/funding-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Packages the requester may draw on for an offer, with what is left
         * @description The packages a school, sportvereniging or wijkpartner (its id in the path) may draw on for an offer, with the credits left, for the funding choice in a request. Clubs and wijkpartners draw on the packages of their own gemeente.
         */
        get: operations["PackagesController_fundingOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation-forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of every question set, newest first, with its number of answers
         * @description All versions of the evaluation forms per audience (pupil, teacher, parent) and offer type, with how many answers each has. Admins and planners.
         */
        get: operations["EvaluationFormsController_list"];
        put?: never;
        /**
         * A new version of a question set; earlier versions and their answers stay as they are
         * @description Publishes a new version of a form: scale (1–5) and open questions with stable keys. Answers are stored per version, so results stay comparable. Admins.
         */
        post: operations["EvaluationFormsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation-forms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One form version
         * @description One version of an evaluation form with its questions.
         */
        get: operations["EvaluationFormsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/evaluations/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The form behind a class code
         * @description Public (no sign-in): the form of the session behind a class code, while it is open. Limited per client.
         */
        get: operations["PublicEvaluationsController_byCode"];
        put?: never;
        /**
         * An anonymous answer with a class code (at most the pupils reached, until it closes)
         * @description Public (no sign-in): stores one anonymous answer for the session of the class code; at most as many answers as pupils reached, until the code closes. Limited per client.
         */
        post: operations["PublicEvaluationsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/teacher-evaluations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The teacher's form behind the link in the evaluation e-mail
         * @description Public (no sign-in): the teacher’s form behind the personal link of the evaluation e-mail.
         */
        get: operations["PublicEvaluationsController_byTeacherToken"];
        put?: never;
        /**
         * The teacher's answer (once per session)
         * @description Public (no sign-in): stores the teacher’s answer, once per session.
         */
        post: operations["PublicEvaluationsController_answerAsTeacher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A delivered session's class code, its address and the teacher's link
         * @description For a delivered session: the class code pupils use, the address of the form and the teacher’s link.
         */
        get: operations["SessionEvaluationsController_forSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/evaluation/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * QR code of the class code address
         * @description An SVG image of a QR code of the address pupils open to answer, for the screen in the classroom.
         */
        get: operations["SessionEvaluationsController_qr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a session that took place: delivered with the pupils reached, or a no-show
         * @description The specialist (or a planner) reports how a session went: delivered with the number of pupils reached, or a no-show. Delivered opens the evaluation.
         */
        post: operations["SessionEvaluationsController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A specialist's own sessions in a period (default: 60 days back and ahead)
         * @description The sessions a specialist is assigned to in a period, with school, offer, time and colleagues.
         */
        get: operations["SessionEvaluationsController_mySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/halt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivered, pupils, targets, scores and ageing for Halt (planners: their regions)
         * @description Halt’s figures of a period: sessions delivered per month, offer type and region, pupils reached against the annual targets, evaluation scores and ageing of open requests.
         */
        get: operations["DashboardsController_halt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/halt/{table}.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A table of the Halt dashboard as CSV
         * @description One table of GET /api/dashboards/halt (named by {table}) as a CSV file.
         */
        get: operations["DashboardsController_haltCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Halt's targets per calendar year (pupils reached, schools with halt-jrb)
         * @description The annual targets per calendar year: pupils to reach and schools with a halt-jrb.
         */
        get: operations["DashboardsController_targets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-targets/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the targets of a calendar year
         * @description Sets the targets of one calendar year. Admins only.
         */
        put: operations["DashboardsController_setTarget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/gemeente": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A gemeente's orders per school: ordered against delivered, pupils, scores
         * @description For a gemeente: per school, what its packages ordered against what was delivered, the pupils reached and the evaluation scores.
         */
        get: operations["DashboardsController_gemeente"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/gemeente/{table}.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A table of the gemeente dashboard as CSV
         * @description One table of GET /api/dashboards/gemeente (named by {table}) as a CSV file.
         */
        get: operations["DashboardsController_gemeenteCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/school": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A school's own sessions and their evaluations
         * @description For a school: its own sessions of a period with their state and evaluation results.
         */
        get: operations["DashboardsController_school"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/school/{table}.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A table of the school dashboard as CSV
         * @description One table of GET /api/dashboards/school (named by {table}) as a CSV file.
         */
        get: operations["DashboardsController_schoolCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open answers about trends among young people, by topic and month (Halt staff only)
         * @description Open answers marked as trends, grouped by topic and month, searchable by words. Halt staff only.
         */
        get: operations["DashboardsController_trendList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trends.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The trend signals as CSV
         * @description The trend signals of GET /api/trends as a CSV file.
         */
        get: operations["DashboardsController_trendCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/gemeente/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A gemeente's council report for a subsidy year
         * @description For a subsidy year (a calendar year): ordered against delivered per package order, pupils reached per school, evaluation scores, the school-year targets against the two school years that overlap it, and a short Dutch summary. A gemeente gets its own; Halt-beheer any gemeente (municipalityId), planners those of their regions.
         */
        get: operations["CouncilReportController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/gemeente/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The council report as a PDF
         * @description The report of GET /api/dashboards/gemeente/report as an A4 PDF made on the server.
         */
        get: operations["CouncilReportController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requests the user may see, newest first, a page at a time
         * @description Booking requests with their state and how many of their sessions are planned, as far as the signed-in user may see them: a school its own, a gemeente those of its schools, planners those of their regions, Halt-beheer all. At most 50 a page (`page`, `pageSize`), with the total.
         */
        get: operations["RequestsController_list"];
        put?: never;
        /**
         * Submit a request; the same Idempotency-Key creates it only once
         * @description A school, sportvereniging or wijkpartner requests an offer meant for its kind (400 otherwise) for one or more classes or groups (for a counts-only offer such as Sport en Gedrag: only the number of participants, no names) with the windows in which it can take place, funded by itself or a package of its gemeente. Submitting again with the same Idempotency-Key returns the first result (Idempotent-Replayed: true) instead of a second request.
         */
        post: operations["RequestsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One booking request
         * @description A booking request with its classes, windows, sessions, funding and the transitions of its lifecycle, when the signed-in user may see it.
         */
        get: operations["RequestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the request and its sessions (the school itself or an admin)
         * @description Cancels the request and its sessions, with a reason (the school itself or an admin). A state that does not allow it is a 409.
         */
        post: operations["RequestsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/sessions/{sessionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel one session of the request (a class, one spreekuur); its credits return unless it is late
         * @description Cancels one session of the request, with a reason; its credits return to the package unless the cancellation is late.
         */
        post: operations["RequestsController_cancelSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to move a planned session: it goes back to the planner with new windows
         * @description The school asks to move a planned session: it goes back to the planner with the new windows.
         */
        post: operations["RequestsController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The gemeente approves a request funded by its package; it can then be planned
         * @description The gemeente approves a request funded by one of its packages; the request can then be planned. A request in another state is a 409.
         */
        post: operations["RequestsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The gemeente rejects a funded request (with a reason); its credits are released
         * @description The gemeente rejects a request funded by one of its packages, with a reason; the reserved credits return to the package.
         */
        post: operations["RequestsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a class to the request; its session goes to the planner
         * @description Adds a class to a request; a new session for it goes to the planner, funded like the rest of the request.
         */
        post: operations["RequestsController_addGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/language-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mark the interpreter arranged ("tolk geregeld"), or set the online parent meeting’s link
         * @description A planner of the request’s region (or an admin) marks the interpreter arranged, so matching no longer asks the specialist to speak the language; the planner or the school itself sets the https link of an online parent meeting, which the parents see on their page and the calendar file carries. A field the request does not ask for is a 400.
         */
        patch: operations["RequestsController_languageNeeds"];
        trace?: never;
    };
    "/api/sessions/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a session that took place as delivered, with the pupils reached (staff use POST …/report)
         * @description A planner or admin records that a session took place, with the pupils reached. Specialists use POST /api/sessions/{id}/report.
         */
        post: operations["SessionsController_deliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The session as an iCalendar file (once it has a time)
         * @description An iCalendar (.ics) file of a session, for the school’s or specialist’s own calendar, once the session has a date and time.
         */
        get: operations["SessionsController_ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the school has a calendar feed
         * @description Whether the school has a private calendar feed; the secret URL itself is shown only when it is made.
         */
        get: operations["CalendarFeedController_status"];
        put?: never;
        /**
         * Make a new private feed URL (revokes the previous one); the URL is shown only now
         * @description Makes a new private iCalendar feed of the school’s sessions; the previous feed URL stops working at once.
         */
        post: operations["CalendarFeedController_create"];
        /**
         * Revoke the calendar feed
         * @description Revokes the school’s private calendar feed; its URL stops working.
         */
        delete: operations["CalendarFeedController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the specialist has a calendar feed of their own sessions
         * @description Whether the signed-in specialist has a private calendar feed of the sessions they are on; the secret URL itself is shown only when it is made.
         */
        get: operations["CalendarFeedController_staffStatus"];
        put?: never;
        /**
         * Make a new private feed URL of the specialist’s sessions (revokes the previous one); shown only now
         * @description Makes a new private iCalendar feed of the sessions the signed-in specialist is on; the previous feed URL stops working at once. The secret is stored only as a hash.
         */
        post: operations["CalendarFeedController_createStaff"];
        /**
         * Revoke the specialist’s calendar feed
         * @description Revokes the signed-in specialist’s private calendar feed; its URL stops working.
         */
        delete: operations["CalendarFeedController_revokeStaff"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/calendar-feeds/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A school’s or a specialist’s calendar feed (by its secret URL)
         * @description Public (the secret in the file name is the key): the school’s sessions, or the sessions a specialist is on, as an iCalendar feed for calendar apps. A revoked or unknown feed is a 404.
         */
        get: operations["CalendarFeedController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planner/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What needs the planner today: counts that match the filtered request lists
         * @description In the planner’s regions (an admin: everywhere), counted in one statement: new requests; requests whose first window starts within 14 days and that still have sessions without a date; planned sessions ahead without a specialist; sessions whose specialist became unavailable (an absence); and sessions in the coming seven days. Each count matches a filter of GET /api/requests (`status=submitted`, `attention=unplanned&startsWithinDays=14`, `attention=unstaffed`, `attention=replacement`, `attention=week`).
         */
        get: operations["PlannerTodayController_today"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Specialists, a page at a time
         * @description Halt’s prevention specialists with their regions, skills, languages and contract hours, by name: admins all, planners those of their regions, a specialist themselves. `q` searches name, regions and skills. At most 50 a page (`page`, `pageSize`) with the total.
         */
        get: operations["StaffingController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in specialist
         * @description The specialist record of the signed-in staff member, with their availability and absences.
         */
        get: operations["StaffingController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/me/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * A specialist sets their working pattern, preferred days and weekly unavailability
         * @description A specialist sets the hours per weekday, the preferred weekdays and weekly recurring unavailability; the planner and auto-planner respect them.
         */
        put: operations["StaffingController_availability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/me/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an absence (the specialist)
         * @description A specialist records leave, sickness or training for a period (optionally part of a day); assignments in it are refused from then on.
         */
        post: operations["StaffingController_addMyAbsence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/me/absences/{absenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an own absence
         * @description A specialist removes one of their own absences.
         */
        delete: operations["StaffingController_removeMyAbsence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One specialist
         * @description One specialist with regions, skills, working pattern and absences.
         */
        get: operations["StaffingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a specialist (planners, admins)
         * @description Changes a specialist’s home location, regions, contract hours, maximum sessions per day, languages, skills or whether they are active.
         */
        patch: operations["StaffingController_update"];
        trace?: never;
    };
    "/api/staff/{id}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an absence for a specialist
         * @description A planner or admin records an absence for a specialist.
         */
        post: operations["StaffingController_addAbsence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}/absences/{absenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a specialist’s absence
         * @description A planner or admin removes an absence of a specialist.
         */
        delete: operations["StaffingController_removeAbsence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Specialists for a session at a date and time: ranked with the score analysis, and who is excluded why
         * @description For a session at a given date and time: the specialists who may do it, ranked by score with the analysis per goal (the best `limit`, 20 unless asked, at most 50, with the total), and the excluded ones with the hard rules that exclude them (at most 50, by name, with the total).
         */
        get: operations["StaffingController_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set the date and start time of a session by hand (planners of its region); its specialists move along
         * @description A planner of the session’s region (or an admin) sets its date and start time; its assigned specialists move along. A clash is a 409 naming it.
         */
        patch: operations["StaffingController_plan"];
        trace?: never;
    };
    "/api/sessions/{id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put specialists on a planned session; a double booking or broken rule is a 409 with the reason
         * @description Puts specialists on a planned session. The database refuses a specialist in two overlapping sessions (travel time included); a broken hard rule is a 409 naming it.
         */
        put: operations["StaffingController_assign"];
        post?: never;
        /**
         * Take the specialists off a session
         * @description Removes the specialists from a session (planners of its region, admins).
         */
        delete: operations["StaffingController_unassign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Planning runs
         * @description The planning runs, newest first, with their state, period and score.
         */
        get: operations["StaffingController_listRuns"];
        put?: never;
        /**
         * Ask the auto-planner for a proposal for the open sessions of a region and period
         * @description Starts a planning run: the auto-planner proposes dates, times and specialists for the open sessions of a region and period. The run is a job; read GET /api/planning-runs/{id} until it is done.
         */
        post: operations["StaffingController_createRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One planning run
         * @description A planning run with its proposal (the changes per session) and the score of the plan.
         */
        get: operations["StaffingController_getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning-runs/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a proposal atomically; when the plan changed meanwhile, 409 with the conflicts
         * @description Applies every change of a finished proposal in one transaction; when the sessions or specialists changed since, nothing is applied and the 409 lists the conflicts.
         */
        post: operations["StaffingController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The planning calendar: planned sessions of a period, per region, specialist or school
         * @description The planned sessions from `from` to `to` (at most 42 days) in the planner’s regions (admins: all; a specialist: their own sessions, "Mijn agenda"), optionally of one region, specialist or school, with school, offer, specialists and their travel before the session, by date and time.
         */
        get: operations["PlanningCalendarController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/unplanned-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sessions still waiting for a date, a page at a time
         * @description The open sessions of plannable requests in the planner’s regions (admins: all), optionally of one region, school or request, by their first window day, at most 50 a page with the total.
         */
        get: operations["PlanningCalendarController_unplanned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/staff-load": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A specialist’s load per week against the contract hours
         * @description Per ISO week from `from` to `to` (at most 91 days): the specialist’s booked sessions, their minutes and the travel the planning rules count (from home, between schools and back home), with the contract hours in minutes. Planners for the specialists of their regions, admins for everyone, a specialist for themself; otherwise 404.
         */
        get: operations["PlanningCalendarController_load"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/maatwerk-questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Maatwerk questions the user may see, a page at a time
         * @description A school or gemeente sees its own questions; planners those of their regions (open ones first, urgent first); admins all. At most 50 a page, with the total.
         */
        get: operations["MaatwerkController_list"];
        put?: never;
        /**
         * Ask Halt a maatwerk question
         * @description A school or gemeente describes its situation, target group (counts only), urgency and preferred period without choosing an offer. The question starts as submitted; the planners of its region are notified.
         */
        post: operations["MaatwerkController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/maatwerk-questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One maatwerk question with its intake, proposal and history
         * @description A 404 when the question does not exist or belongs to another organisation or region.
         */
        get: operations["MaatwerkController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/maatwerk-questions/{id}/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan (or move) the intake conversation
         * @description A Halt advisor plans the intake: a time and an https link for an online conversation or a place. The requester is notified and reminded a day before, through the outbox. A 409 names the state when the question is past its intake.
         */
        post: operations["MaatwerkController_planIntake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/maatwerk-questions/{id}/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the proposal
         * @description A Halt advisor sends a proposal after the intake: lines of catalogue offers and/or custom sessions, each priced in credits or euro cents, with the totals. For a gemeente the proposal names the school of the gemeente where the sessions take place. The requester is notified.
         */
        post: operations["MaatwerkController_sendProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/maatwerk-questions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the proposal
         * @description The requester accepts: each line becomes a booking request with its open sessions in the preferred period, in the planners’ inbox, in the same transaction.
         */
        post: operations["MaatwerkController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/maatwerk-questions/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline the proposal
         * @description The requester declines the proposal, with an optional reason. Nothing further can happen to it.
         */
        post: operations["MaatwerkController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/maatwerk-questions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw the question
         * @description The requester withdraws its question before it decided on a proposal, with an optional reason.
         */
        post: operations["MaatwerkController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminder-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reminder rules (admins)
         * @description When each kind of reminder and message goes out (days before or after a session), and whether it is on.
         */
        get: operations["RemindersController_listRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminder-rules/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change when a reminder goes out, or switch it off; changes apply to reminders scheduled from now on
         * @description Changes the timing of a kind of reminder, or switches it off. Reminders already scheduled keep their time. Admins only.
         */
        put: operations["RemindersController_updateRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/message-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every message per recipient: sent, failed with the reason, or being sent
         * @description Every e-mail per recipient with its state: sent, failed with the reason, or being sent, newest first, at most 50 a page (`page`, `pageSize`) with the total. Admins only.
         */
        get: operations["RemindersController_messageLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user’s notifications, newest first, with the unread count
         * @description The notifications of the signed-in user, newest first, with the number unread.
         */
        get: operations["RemindersController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all notifications read
         * @description Marks every notification of the signed-in user as read.
         */
        post: operations["RemindersController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Marks one notification of the signed-in user as read.
         */
        post: operations["RemindersController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/parent-meetings/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A parent meeting (by its link)
         * @description Public (no sign-in): the date, time and place of a parent meeting behind the link the school shares. An unknown link is a 404.
         */
        get: operations["ParentMeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/parent-meetings/{token}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A parent leaves an e-mail address (with consent) for the reminder of this meeting
         * @description Public (no sign-in): a parent leaves an e-mail address with consent, to get a reminder of the meeting; it is removed after the meeting.
         */
        post: operations["ParentMeetingsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person’s data as JSON (AVG art. 15 and 20)
         * @description The account, the requests that name the person as contact and the audit events they acted in or that are about their account. Admins for anyone; everyone else only for themself (another id is a 404). Every download is recorded in the audit trail.
         */
        get: operations["PrivacyController_personalData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/personal-data.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person’s data as CSV
         * @description The same data as GET /api/users/{id}/personal-data, one row per item (account, request, audit event). UTF-8 with BOM; formula-like cells are neutralised.
         */
        get: operations["PrivacyController_personalDataCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person on request (AVG art. 17): pseudonymise them everywhere
         * @description Deactivates the account, ends its sessions and links, and replaces the name and e-mail address by a pseudonym in the account, in the contact details of their requests and in the audit trail (which keeps the account id, so it stays consistent). Recorded in the audit trail. Refused (409) for one’s own account, the last active admin, an account already erased, or while the person is the contact of a running request (the references are named).
         */
        post: operations["PrivacyController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the API
         * @description Public: whether the database and the queue store answer. 200 when both are up; 503 (problem details with the failing part) when one is down.
         */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/queue-dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the queue dashboard at /admin/queues (admins; a 15-minute cookie)
         * @description Sets a short-lived cookie for the job-queue dashboard (Bull Board) at /admin/queues. Admins only.
         */
        post: operations["QueueDashboardController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/demo-logins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Demo sign-ins
         * @description Public, demo mode only: the demo users per role to sign in with. Absent in production.
         */
        get: operations["DemoController_logins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demo/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The demo clock
         * @description The date the portal takes as today. Demo and test mode only.
         */
        get: operations["DemoClockController_get"];
        /**
         * Run the portal clock ahead by a number of days (not in production)
         * @description Moves the portal’s today ahead by a number of days, to show reminders and evaluations of later dates. Refused in production.
         */
        put: operations["DemoClockController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LoginDto: {
            /**
             * Format: email
             * @example admin@halt.example
             */
            email: string;
            /** Format: password */
            password: string;
        };
        UpdateMeDto: {
            /** @enum {string} */
            language: "nl" | "en";
        };
        InviteUserDto: {
            /**
             * Format: email
             * @example naam@school.nl
             */
            email: string;
            /** @example Sanne de Vries */
            name: string;
            /** @enum {string} */
            role: "school" | "gemeente" | "vereniging" | "wijkpartner" | "planner" | "staff" | "admin";
            /**
             * Format: uuid
             * @description For role school
             */
            schoolId?: string;
            /**
             * Format: uuid
             * @description For role gemeente
             */
            municipalityId?: string;
            /**
             * Format: uuid
             * @description For role vereniging (the sportvereniging)
             */
            clubId?: string;
            /**
             * Format: uuid
             * @description For role wijkpartner
             */
            partnerId?: string;
            /** @description For roles planner and staff */
            regionIds?: string[];
            mainContact?: boolean;
            /** @enum {string} */
            language?: "nl" | "en";
        };
        UpdateUserDto: {
            /** @enum {string} */
            role?: "school" | "gemeente" | "vereniging" | "wijkpartner" | "planner" | "staff" | "admin";
            mainContact?: boolean;
        };
        PasswordResetDto: {
            /**
             * Format: email
             * @example naam@school.nl
             */
            email: string;
        };
        SetPasswordDto: {
            /** @description The secret of the one-time link (the `token` of its address) */
            token: string;
            /** Format: password */
            password: string;
        };
        UpdateSchoolDto: {
            /** @example Schoolstraat 1 */
            street?: string;
            /** @example 1012 AB */
            postcode?: string;
            /** @example Amsterdam */
            city?: string;
            /**
             * @description Start of the school day, HH:mm local time
             * @example 08:30
             */
            dayStart?: string;
            /**
             * @description End of the school day, HH:mm local time
             * @example 16:00
             */
            dayEnd?: string;
        };
        SchoolImportDto: {
            /** @description The CSV file's text in DUO's layout of school locations (see docs/organisations.md) */
            csv: string;
        };
        CreateRegionDto: {
            /** @example midden */
            code: string;
            /** @example Midden-Nederland */
            name: string;
        };
        CreateMunicipalityDto: {
            /** @example GM1966 */
            cbsCode: string;
            /** @example Het Hogeland */
            name: string;
            /** Format: uuid */
            regionId: string;
            /** @enum {string} */
            holidayRegion: "noord" | "midden" | "zuid";
            /** @description Latitude of the centre */
            latitude?: number;
            /** @description Longitude of the centre */
            longitude?: number;
        };
        UpdateMunicipalityDto: {
            name?: string;
            /** Format: uuid */
            regionId?: string;
            /** @enum {string} */
            holidayRegion?: "noord" | "midden" | "zuid";
            /** @description The year the gemeente joined Preventie met Gezag; null: it does not take part */
            pmgSince?: number | null;
        };
        RetireMunicipalityDto: {
            /**
             * Format: uuid
             * @description The gemeente it merged into
             */
            successorId: string;
        };
        SchoolHolidayRegionDto: {
            /**
             * @description null: follow the gemeente
             * @enum {string|null}
             */
            override: "noord" | "midden" | "zuid" | null;
        };
        CreateSportsClubDto: {
            /** @example Voetbalvereniging Domstad Boys */
            name: string;
            /** @example Sportpark Voordorp 3 */
            street: string;
            /** @example 3563 AA */
            postcode: string;
            /** @example Utrecht */
            place: string;
            /** Format: uuid */
            municipalityId: string;
            latitude: number;
            longitude: number;
            /**
             * @description KNVB club number
             * @example BBDM12U
             */
            knvbNumber: string;
        };
        UpdateSportsClubDto: {
            /** @example Voetbalvereniging Domstad Boys */
            name?: string;
            /** @example Sportpark Voordorp 3 */
            street?: string;
            /** @example 3563 AA */
            postcode?: string;
            /** @example Utrecht */
            place?: string;
            /** Format: uuid */
            municipalityId?: string;
            latitude?: number;
            longitude?: number;
            /**
             * @description KNVB club number
             * @example BBDM12U
             */
            knvbNumber?: string;
        };
        CreateNeighbourhoodPartnerDto: {
            /** @example Voetbalvereniging Domstad Boys */
            name: string;
            /** @example Sportpark Voordorp 3 */
            street: string;
            /** @example 3563 AA */
            postcode: string;
            /** @example Utrecht */
            place: string;
            /** Format: uuid */
            municipalityId: string;
            latitude: number;
            longitude: number;
            /** @enum {string} */
            kind: "jongerenwerk" | "wijkteam" | "anders";
        };
        UpdateNeighbourhoodPartnerDto: {
            /** @example Voetbalvereniging Domstad Boys */
            name?: string;
            /** @example Sportpark Voordorp 3 */
            street?: string;
            /** @example 3563 AA */
            postcode?: string;
            /** @example Utrecht */
            place?: string;
            /** Format: uuid */
            municipalityId?: string;
            latitude?: number;
            longitude?: number;
            /** @enum {string} */
            kind?: "jongerenwerk" | "wijkteam" | "anders";
        };
        CreateOfferDto: {
            /** @example voorlichting-online-veiligheid */
            code: string;
            /** @enum {string} */
            type: "voorlichting" | "klassendialoog" | "schoolspreekuur" | "jongerenrechtbank" | "ouderbijeenkomst" | "halt-jrb";
            title: string;
            description: string;
            topics: string[];
            levels: ("po-7-8" | "vo-1-2" | "vo-3-4" | "mbo" | "so-vso")[];
            durationMinutes: number;
            maxPupilsPerGroup: number;
            staffNeeded: number;
            /** @example klassendialoog */
            requiredSkill: string;
            /** @description Price in euro cents */
            priceEuroCents: number;
            priceCredits: number;
            parentMeetingPossible: boolean;
            onlinePossible: boolean;
            active?: boolean;
            /** @description For which kinds of requester the offer is (default: schools) */
            requesterKinds?: ("school" | "sportvereniging" | "wijkpartner" | "gemeente")[];
            /** @description Participants as counts only, never names or group names (Sport en Gedrag) */
            countsOnly?: boolean;
        };
        UpdateOfferDto: {
            /** @enum {string} */
            type?: "voorlichting" | "klassendialoog" | "schoolspreekuur" | "jongerenrechtbank" | "ouderbijeenkomst" | "halt-jrb";
            title?: string;
            description?: string;
            topics?: string[];
            levels?: ("po-7-8" | "vo-1-2" | "vo-3-4" | "mbo" | "so-vso")[];
            durationMinutes?: number;
            maxPupilsPerGroup?: number;
            staffNeeded?: number;
            /** @example klassendialoog */
            requiredSkill?: string;
            /** @description Price in euro cents */
            priceEuroCents?: number;
            priceCredits?: number;
            parentMeetingPossible?: boolean;
            onlinePossible?: boolean;
            active?: boolean;
            /** @description For which kinds of requester the offer is (default: schools) */
            requesterKinds?: ("school" | "sportvereniging" | "wijkpartner" | "gemeente")[];
            /** @description Participants as counts only, never names or group names (Sport en Gedrag) */
            countsOnly?: boolean;
        };
        CreateSchoolHolidayDto: {
            /** @example 2027-2028 */
            schoolYear: string;
            /** @enum {string} */
            name: "herfstvakantie" | "kerstvakantie" | "voorjaarsvakantie" | "meivakantie" | "zomervakantie";
            /** @enum {string} */
            region: "noord" | "midden" | "zuid";
            /**
             * Format: date
             * @example 2027-10-16
             */
            startDate: string;
            /**
             * Format: date
             * @example 2027-10-24
             */
            endDate: string;
        };
        UpdateSchoolHolidayDto: {
            /** @example 2027-2028 */
            schoolYear?: string;
            /** @enum {string} */
            name?: "herfstvakantie" | "kerstvakantie" | "voorjaarsvakantie" | "meivakantie" | "zomervakantie";
            /** @enum {string} */
            region?: "noord" | "midden" | "zuid";
            /** @example 2027-10-16 */
            startDate?: string;
            /** @example 2027-10-24 */
            endDate?: string;
        };
        CreateClosedDayDto: {
            /**
             * Format: date
             * @example 2027-02-03
             */
            date: string;
            /** @example Studiedag */
            reason: string;
        };
        PackageOfferInputDto: {
            /** Format: uuid */
            offerId: string;
            /** @description Credits per session; default the catalogue price */
            credits?: number;
        };
        PackageTemplateInputDto: {
            /** @example basispakket-voorlichtingen */
            code: string;
            name: string;
            description: string;
            defaultCredits: number;
            offers: components["schemas"]["PackageOfferInputDto"][];
            active?: boolean;
            /**
             * @description The programme; null: none
             * @enum {string|null}
             */
            programme?: "preventie-met-gezag" | null;
        };
        CreatePackageOrderDto: {
            /** Format: uuid */
            templateId?: string;
            /** @example Voorlichtingen 2027 */
            name: string;
            /** @example 2027 */
            subsidyYear: number;
            /** @example 34 */
            budgetCredits: number;
            offers?: components["schemas"]["PackageOfferInputDto"][];
            /**
             * @example {
             *       "voorlichting": 34
             *     }
             */
            quotas?: Record<string, never>;
            allSchools: boolean;
            schoolIds?: string[];
            requiresApproval: boolean;
            /** @example 2027-10-31 */
            orderDeadline: string;
            notes?: string;
            /**
             * @description The programme; null: none
             * @enum {string|null}
             */
            programme?: "preventie-met-gezag" | null;
        };
        ReasonDto: {
            reason: string;
        };
        OptionalReasonDto: {
            reason?: string;
        };
        AmendBudgetDto: {
            /**
             * @description Positive raises, negative lowers the budget
             * @example 10
             */
            delta: number;
            /** @example Extra subsidie na raadsbesluit */
            reason: string;
        };
        CreateEvaluationFormDto: {
            /** @enum {string} */
            audience: "teacher" | "pupil" | "parent";
            /** @enum {string} */
            offerType: "voorlichting" | "klassendialoog" | "schoolspreekuur" | "jongerenrechtbank" | "ouderbijeenkomst" | "halt-jrb";
            /**
             * @description The version the editor started from; 409 when a newer one exists
             * @example 1
             */
            basedOnVersion?: number;
            /** @example Wat vond je ervan? */
            title: string;
            intro: string;
            /** @description Scale (1–5) and open questions; keys stay the same across versions */
            questions: ({
                key: string;
                /** @enum {string} */
                kind: "scale";
                text: string;
                low: string;
                high: string;
                /** @enum {string|null} */
                outcome: "feel_safer" | "prevent_repair" | "recommend" | "overall" | null;
                required: boolean;
            } | {
                key: string;
                /** @enum {string} */
                kind: "open";
                text: string;
                trend: boolean;
                required: boolean;
            })[];
        };
        SubmitEvaluationDto: {
            /**
             * Format: uuid
             * @description The form version the answers were given on
             */
            formId: string;
            /**
             * @description A score of 1 to 5 per scale question, by its key
             * @example {
             *       "feel_safer": 4,
             *       "prevent_repair": 5,
             *       "recommend": 4
             *     }
             */
            scores: {
                [key: string]: number;
            };
            /**
             * @description The answer per open question, by its key
             * @example {
             *       "tip": "Meer voorbeelden uit de praktijk"
             *     }
             */
            answers?: {
                [key: string]: string;
            };
        };
        ReportSessionDto: {
            /** @enum {string} */
            outcome: "delivered" | "no_show";
            /**
             * @description Pupils actually reached (required when delivered)
             * @example 27
             */
            pupilsReached?: number;
            /** @description Why the session did not take place */
            reason?: string;
        };
        UpdateAnnualTargetDto: {
            /** @example 200000 */
            pupils: number;
            /** @example 15 */
            haltJrbSchools: number;
        };
        GroupDto: {
            /**
             * @description The class; required, except for an offer with participants as counts only, where it must be left out
             * @example 2B
             */
            name?: string;
            /** @enum {string} */
            level: "po-7-8" | "vo-1-2" | "vo-3-4" | "mbo" | "so-vso";
            pupilCount: number;
        };
        WindowDto: {
            /**
             * Format: date
             * @example 2027-02-01
             */
            from: string;
            /**
             * Format: date
             * @example 2027-02-26
             */
            to: string;
            /**
             * @description ISO weekdays, 1 = Monday
             * @example [
             *       1,
             *       2,
             *       3,
             *       4,
             *       5
             *     ]
             */
            weekdays: number[];
            /** @example 08:30 */
            earliest: string;
            /** @example 12:00 */
            latest: string;
        };
        SeriesDto: {
            /** @enum {string} */
            frequency: "weekly" | "fortnightly";
            count: number;
            weekday: number;
            /** @example 13:00 */
            time: string;
            hearings?: number;
        };
        ContactDto: {
            name: string;
            /** Format: email */
            email: string;
            phone?: string;
        };
        LanguageNeedsDto: {
            interpreter: boolean;
            /** @example Arabisch */
            interpreterLanguage?: string;
            onlineParentMeeting: boolean;
        };
        CreateBookingRequestDto: {
            /** Format: uuid */
            offerId: string;
            groups: components["schemas"]["GroupDto"][];
            windows: components["schemas"]["WindowDto"][];
            series?: components["schemas"]["SeriesDto"];
            /** @example Lokaal 2.14, hoofdgebouw */
            location: string;
            contact: components["schemas"]["ContactDto"];
            languageNeeds: components["schemas"]["LanguageNeedsDto"];
            parentMeeting: boolean;
            /** @enum {string} */
            funding: "school" | "package";
            /**
             * Format: uuid
             * @description The gemeente package to draw on, with funding `package`
             */
            packageOrderId?: string;
            notes?: string;
        };
        CancelRequestDto: {
            /** @example Toetsweek verschoven */
            reason: string;
        };
        MoveSessionDto: {
            /** Format: uuid */
            sessionId: string;
            windows: components["schemas"]["WindowDto"][];
            /** @example Excursie op die dag */
            reason: string;
        };
        UpdateLanguageNeedsDto: {
            /** @description "Tolk geregeld": an interpreter is arranged (planners) */
            interpreterArranged?: boolean;
            /**
             * @description The https link of the online parent meeting; null removes it
             * @example https://meet.example.nl/ouderavond-2b
             */
            meetingLink?: string | null;
        };
        DeliverSessionDto: {
            /**
             * @description Pupils actually reached
             * @example 27
             */
            pupilsReached: number;
        };
        RecurringAbsenceInputDto: {
            weekday: number;
            /** @example 12:00 */
            start: string;
            /** @example 17:00 */
            end: string;
        };
        UpdateAvailabilityDto: {
            /**
             * @description Working hours per ISO weekday ("1" = Monday … "5" = Friday); a day without hours is a day off
             * @example {
             *       "1": [
             *         {
             *           "start": "08:30",
             *           "end": "16:30"
             *         }
             *       ]
             *     }
             */
            workingPattern: {
                1?: {
                    /** @example 08:30 */
                    start: string;
                    /** @example 16:30 */
                    end: string;
                }[];
                2?: {
                    /** @example 08:30 */
                    start: string;
                    /** @example 16:30 */
                    end: string;
                }[];
                3?: {
                    /** @example 08:30 */
                    start: string;
                    /** @example 16:30 */
                    end: string;
                }[];
                4?: {
                    /** @example 08:30 */
                    start: string;
                    /** @example 16:30 */
                    end: string;
                }[];
                5?: {
                    /** @example 08:30 */
                    start: string;
                    /** @example 16:30 */
                    end: string;
                }[];
            };
            /**
             * @description ISO weekdays the specialist prefers, 1 = Monday
             * @example [
             *       1,
             *       2
             *     ]
             */
            preferredWeekdays: number[];
            recurringAbsences?: components["schemas"]["RecurringAbsenceInputDto"][];
        };
        CreateAbsenceDto: {
            /** @enum {string} */
            kind: "leave" | "sick" | "training";
            /**
             * Format: date
             * @example 2027-02-15
             */
            from: string;
            /**
             * Format: date
             * @example 2027-02-19
             */
            to: string;
            /** @example 12:00 */
            startTime?: string;
            /** @example 17:00 */
            endTime?: string;
            note?: string;
        };
        GeoPointDto: {
            /** @example 52.09 */
            lat: number;
            /** @example 5.12 */
            lon: number;
        };
        SkillDto: {
            /** @example klassendialoog */
            skill: string;
            /**
             * Format: date
             * @example 2028-07-31
             */
            validUntil: string;
        };
        UpdateStaffDto: {
            home?: components["schemas"]["GeoPointDto"];
            regionIds?: string[];
            /** @example 32 */
            contractHoursPerWeek?: number;
            /** @example 4 */
            maxSessionsPerDay?: number;
            /**
             * @example [
             *       "nl",
             *       "en"
             *     ]
             */
            languages?: string[];
            skills?: components["schemas"]["SkillDto"][];
            active?: boolean;
        };
        PlanSessionDto: {
            /**
             * Format: date
             * @example 2027-02-16
             */
            date: string;
            /** @example 09:00 */
            time: string;
        };
        AssignStaffDto: {
            staffIds: string[];
            pinned?: boolean;
        };
        CreatePlanningRunDto: {
            /** Format: uuid */
            regionId: string;
            /**
             * Format: date
             * @example 2027-02-01
             */
            from: string;
            /**
             * Format: date
             * @example 2027-03-31
             */
            to: string;
            /** @example 1 */
            seed?: number;
            /** @example 10 */
            timeLimitSeconds?: number;
        };
        MaatwerkContactDto: {
            /** @example Sanne de Wit */
            name: string;
            /**
             * Format: email
             * @example jeugd@utrecht.gemeente.example
             */
            email: string;
            /** @example 030 123 45 67 */
            phone?: string;
        };
        CreateMaatwerkQuestionDto: {
            /** @example Overlast rond het winkelcentrum */
            title: string;
            /** @description The situation, without names of pupils or young people. */
            situation: string;
            levels: ("po-7-8" | "vo-1-2" | "vo-3-4" | "mbo" | "so-vso")[];
            /** @example 12–14 jaar */
            ages?: string;
            groupCount: number;
            participantCount: number;
            /** @enum {string} */
            urgency: "normal" | "within_month" | "urgent";
            /**
             * Format: date
             * @example 2027-02-01
             */
            preferredFrom: string;
            /**
             * Format: date
             * @example 2027-04-30
             */
            preferredTo: string;
            contact: components["schemas"]["MaatwerkContactDto"];
        };
        PlanIntakeDto: {
            /**
             * Format: date-time
             * @example 2027-01-12T09:00:00.000Z
             */
            startsAt: string;
            /** @enum {string} */
            mode: "online" | "location";
            /** @example https://meet.halt.example/intake-42 */
            link?: string;
            /** @example Stadskantoor, kamer 4.12 */
            place?: string;
        };
        ProposalLineDto: {
            /** @enum {string} */
            kind: "offer" | "custom";
            /** Format: uuid */
            offerId?: string;
            title: string;
            description: string;
            durationMinutes: number;
            sessionCount: number;
            /** @enum {string} */
            level: "po-7-8" | "vo-1-2" | "vo-3-4" | "mbo" | "so-vso";
            /** @enum {string} */
            priceUnit: "credits" | "euro";
            /** @description Credits, or euro cents */
            price: number;
        };
        SendProposalDto: {
            note?: string;
            lines: components["schemas"]["ProposalLineDto"][];
        };
        MaatwerkDecisionDto: {
            reason?: string;
        };
        UpdateReminderRuleDto: {
            /** @example 14 */
            offsetAmount: number;
            /** @example 08:00 */
            sendTime: string;
            enabled: boolean;
        };
        ParentRegistrationDto: {
            /**
             * Format: email
             * @example ouder@example.nl
             */
            email: string;
            /** @description The parent agrees that the address is used for this reminder only */
            consent: boolean;
        };
        DemoClockDto: {
            /**
             * @description Days the portal clock runs ahead of real time (0 = real time)
             * @example 60
             */
            offsetDays: number;
        };
        AbsenceDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["AbsenceKind"];
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @description Part of a day: from `startTime` on `from` to `endTime` on `to`. */
            startTime: string | null;
            endTime: string | null;
            note: string | null;
        };
        /** @enum {string} */
        AbsenceKind: "leave" | "sick" | "training";
        /** @enum {string} */
        AccountStatus: "invited" | "active" | "deactivated";
        AgeingBucketDto: {
            /** @description Days since submission: "0-13", "14-27", "28-55" or "56+". */
            bucket: string;
            requests: number;
        };
        /** @description Halt's targets for a calendar year (admin-maintained). */
        AnnualTargetDto: {
            year: number;
            /** @description Pupils to reach, e.g. 200,000. */
            pupils: number;
            /** @description Schools with the halt-jrb combination, e.g. 15. */
            haltJrbSchools: number;
        };
        AssignedStaffDto: {
            /** Format: uuid */
            staffId: string;
            name: string;
            pinned: boolean;
            travelMinutes: number;
            /** @description An absence makes this specialist unavailable for the session: the planner must reassign or unassign it. */
            unavailable: boolean;
        };
        /** @enum {string} */
        AuditAction: "create" | "update" | "delete" | "sign_in" | "sign_in_failed" | "sign_out" | "session_ended" | "refresh_token_reused" | "retention_applied" | "person_erased" | "personal_data_exported";
        /**
         * @description Who acted: a signed-in user, someone on a public page, a background job, a migration or the demo seed.
         * @enum {string}
         */
        AuditActorKind: "user" | "anonymous" | "system" | "migration" | "seed";
        AuditEventDto: {
            id: string;
            /** Format: date-time */
            at: string;
            actorKind: components["schemas"]["AuditActorKind"] | null;
            /** Format: uuid */
            actorId: string | null;
            /** Format: email */
            actorEmail: string | null;
            actorRole: components["schemas"]["Role"] | null;
            organisation: string | null;
            action: components["schemas"]["AuditAction"];
            entity: string;
            /** @description The changed row's key: a UUID, or the key of a row without one. */
            entityId: string | null;
            changedFields: string[];
            ip: string | null;
            requestId: string | null;
        };
        /** @description Body of a successful sign-in or refresh; the refresh token travels only in an httpOnly cookie. */
        AuthSessionDto: {
            accessToken: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            user: components["schemas"]["MeDto"];
        };
        BookingRequestDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            status: components["schemas"]["RequestState"];
            /** @description The requester (for a school's request the same as `requester`; kept for the school pages). */
            school: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @description Who asked: a school, a sportvereniging, a wijkpartner or a gemeente. */
            requester: components["schemas"]["RequesterRef"];
            offer: {
                /** Format: uuid */
                id: string;
                title: string;
                type: components["schemas"]["OfferType"];
            };
            groups: {
                /** Format: uuid */
                id: string;
                /** @description The class, e.g. "2B". Left out for an offer with participants as counts only (Sport en Gedrag): the portal then names the group "Groep 1", "Groep 2"… and stores no names. */
                name: string;
                level: components["schemas"]["Level"];
                pupilCount: number;
            }[];
            windows: components["schemas"]["DateWindowInput"][];
            series: components["schemas"]["SeriesInput"] | null;
            location: string;
            contact: components["schemas"]["ContactInput"];
            languageNeeds: components["schemas"]["RequestLanguageNeedsDto"];
            parentMeeting: boolean;
            funding: components["schemas"]["Funding"];
            /** @description The gemeente package paying for it, with the credits it takes; null when the school pays. */
            package: {
                /** Format: uuid */
                id: string;
                name: string;
                credits: number;
            } | null;
            notes: string | null;
            lateCancellation: boolean;
            /** Format: date-time */
            submittedAt: string | null;
            sessions: components["schemas"]["SessionDto"][];
            timeline: components["schemas"]["RequestTransitionDto"][];
            /** @description Events the signed-in user may apply now, e.g. `cancel`. */
            allowedActions: string[];
        };
        BookingRequestSummaryDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            status: components["schemas"]["RequestState"];
            /** @description The requester's name (a school, club, wijkpartner or gemeente). */
            schoolName: string;
            requesterKind: components["schemas"]["RequesterKind"];
            offerTitle: string;
            offerType: components["schemas"]["OfferType"];
            groups: number;
            pupils: number;
            /** Format: date */
            firstWindowFrom: string;
            /** Format: date-time */
            submittedAt: string | null;
            sessionsPlanned: number;
            sessionsTotal: number;
            /** @description Sessions ahead whose specialist became unavailable (an absence) and that wait for a replacement. */
            sessionsNeedingReplacement: number;
            /** @description The language an interpreter is needed for (a hard rule in matching unless arranged), or null. */
            interpreterLanguage: string | null;
            interpreterArranged: boolean;
        };
        /** @description Credits of an order: budget = reserved + consumed + available. */
        BudgetDto: {
            budget: number;
            reserved: number;
            consumed: number;
            available: number;
        };
        /** @description A planned session in the planning calendar. */
        CalendarBlockDto: {
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            requestId: string;
            /** Format: date */
            date: string;
            start: string;
            end: string;
            status: components["schemas"]["SessionState"];
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
            offerTitle: string;
            staffNeeded: number;
            /** @description Empty while nobody is assigned. */
            staff: components["schemas"]["CalendarStaffDto"][];
            /** @description A specialist on it became unavailable (an absence): it needs a replacement. */
            needsReplacement: boolean;
            /** @description The parents' language when the school asked for an interpreter; null otherwise. */
            interpreterLanguage: string | null;
            /** @description The planner arranged an interpreter ("tolk geregeld"). */
            interpreterArranged: boolean;
        };
        /** @description One day of a school's calendar: can Halt come, and if not, why not (Dutch). */
        CalendarDayDto: {
            /** Format: date */
            date: string;
            schoolDay: boolean;
            reason?: {
                /** @enum {string} */
                code: "weekend" | "school_holiday" | "public_holiday" | "closed_day";
                message: string;
            };
        };
        /** @description A school's private calendar feed; `url` (with its secret) is only returned when the feed is made. */
        CalendarFeedDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string | null;
            url?: string;
        };
        /** @description A specialist on a calendar block, with the travel before the session (from home or the previous school). */
        CalendarStaffDto: {
            /** Format: uuid */
            id: string;
            name: string;
            travelMinutes: number;
        };
        CandidateDto: {
            /** Format: uuid */
            staffId: string;
            name: string;
            score: number;
            goals: components["schemas"]["GoalScoreDto"][];
            rules: components["schemas"]["RuleCheckDto"][];
            travelMinutes: number | null;
        };
        /** @description Who can take a session at a date and time, best first, and who cannot and why. */
        CandidatesDto: {
            /** Format: uuid */
            sessionId: string;
            /** Format: date */
            date: string;
            start: string;
            /** @description Problems of the slot itself (not a school day, outside the windows); then nobody is eligible. */
            slotProblems: string[];
            /** @description How many may take it; `eligible` holds the best `limit` of them (20 unless asked, at most 50). */
            eligibleTotal: number;
            /** @description How many may not; `excluded` holds at most 50 of them, by name. */
            excludedTotal: number;
            eligible: components["schemas"]["CandidateDto"][];
            excluded: components["schemas"]["ExcludedCandidateDto"][];
        };
        /** @description A day a school is closed although it is no holiday (study day, a deviating May holiday). */
        ClosedDayDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            schoolId: string;
            /** Format: date */
            date: string;
            reason: string;
        };
        ContactInput: {
            name: string;
            /** Format: email */
            email: string;
            phone?: string;
        };
        /** @description The council report of a gemeente for a subsidy year. The subsidy year is a calendar year (1 January – 31 December); targets that Halt counts per school year are shown against the two overlapping school years. */
        CouncilReportDto: {
            year: number;
            period: components["schemas"]["DashboardPeriod"];
            programme: components["schemas"]["ProgrammeFilter"] | null;
            municipality: {
                /** Format: uuid */
                id: string;
                name: string;
                cbsCode: string;
                pmgSince: number | null;
            };
            totals: {
                creditsBudget: number;
                creditsConsumed: number;
                sessionsOrdered: number;
                sessionsDelivered: number;
                pupils: number;
                schools: number;
                responses: number;
            };
            orders: components["schemas"]["CouncilReportOrderDto"][];
            schools: components["schemas"]["CouncilReportSchoolDto"][];
            scoresPerOffer: components["schemas"]["OfferScoreDto"][];
            schoolYearTargets: components["schemas"]["SchoolYearTargetFigureDto"][];
            /** @description A short summary in Dutch, one paragraph per line. */
            summary: string[];
            /**
             * Format: date-time
             * @description When the figures were read.
             */
            generatedAt: string;
        };
        /** @description One package order in the council report: credits and sessions ordered against delivered. */
        CouncilReportOrderDto: {
            /** Format: uuid */
            orderId: string;
            reference: string;
            name: string;
            programme: components["schemas"]["Programme"] | null;
            creditsBudget: number;
            creditsConsumed: number;
            creditsReserved: number;
            sessionsOrdered: number;
            sessionsDelivered: number;
        };
        /** @description Pupils reached per school in the council report. */
        CouncilReportSchoolDto: {
            /** Format: uuid */
            schoolId: string;
            school: string;
            sessionsDelivered: number;
            pupils: number;
        };
        /** @description A period filter of the dashboards: inclusive dates (yyyy-mm-dd). */
        DashboardPeriod: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        /** @description A preferred period: dates (inclusive), allowed ISO weekdays (1 = Monday) and the earliest start / latest end. */
        DateWindowInput: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            weekdays: number[];
            earliest: string;
            latest: string;
        };
        /** @description Demo log-ins, only served in development with the demo seed. */
        DemoLoginDto: {
            role: components["schemas"]["Role"];
            /** Format: email */
            email: string;
            name: string;
            organisation: string;
        };
        DemoLoginsDto: {
            password: string;
            logins: components["schemas"]["DemoLoginDto"][];
        };
        /**
         * @description Who answers an evaluation form. Pupils and parents answer anonymously (class code); teachers via a link.
         * @enum {string}
         */
        EvaluationAudience: "teacher" | "pupil" | "parent";
        /** @description A version of a question set for one audience and offer type. Versions are never changed, only superseded. */
        EvaluationFormDto: {
            /** Format: uuid */
            id: string;
            audience: components["schemas"]["EvaluationAudience"];
            offerType: components["schemas"]["OfferType"];
            version: number;
            title: string;
            intro: string;
            questions: components["schemas"]["EvaluationQuestionDto"][];
            /** Format: date-time */
            createdAt: string;
            /** @description Whether this is the version new answers are given on. */
            current: boolean;
            /** @description Answers given on this version. */
            answers: number;
        };
        /**
         * @description The outcomes Halt reports on. Scale questions carry one of these so figures stay comparable across form versions and audiences; a question without an outcome is still shown per form.
         * @enum {string}
         */
        EvaluationOutcome: "feel_safer" | "prevent_repair" | "recommend" | "overall";
        /** @description One question of a form. `key` is stable across versions of the same form (answers are stored by key). */
        EvaluationQuestionDto: {
            key: string;
            /** @enum {string} */
            kind: "scale";
            text: string;
            /** @description What the 1–5 scale ends mean, e.g. "helemaal niet" … "helemaal wel". */
            low: string;
            high: string;
            outcome: components["schemas"]["EvaluationOutcome"] | null;
            required: boolean;
        } | {
            key: string;
            /** @enum {string} */
            kind: "open";
            text: string;
            /** @description Open answers marked as trends feed Halt's trend journal. */
            trend: boolean;
            required: boolean;
        };
        ExcludedCandidateDto: {
            /** Format: uuid */
            staffId: string;
            name: string;
            reasons: string[];
            rules: components["schemas"]["RuleCheckDto"][];
        };
        /** @description What an order funded, per school. */
        FundedRequestDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            school: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            offerTitle: string;
            status: string;
            credits: {
                reserved: number;
                consumed: number;
            };
        };
        /** @enum {string} */
        Funding: "school" | "package";
        /** @description A package a school may draw on for an offer, and whether it covers the request. */
        FundingOptionDto: {
            /** Format: uuid */
            orderId: string;
            name: string;
            municipalityName: string;
            creditsPerSession: number;
            available: number;
            requiresApproval: boolean;
            /** Format: date */
            orderDeadline: string;
            /** @description Credits the request would take (sessions × price), when the session count was given. */
            needed: number | null;
            covers: boolean;
            /** @description Why it cannot cover the request (Dutch), when it cannot. */
            reason: string | null;
        };
        GemeenteDashboardDto: {
            period: components["schemas"]["DashboardPeriod"];
            totals: {
                sessionsOrdered: number;
                sessionsDelivered: number;
                pupils: number;
                responses: number;
            };
            rows: components["schemas"]["GemeenteDashboardRowDto"][];
            scoresPerOffer: components["schemas"]["OfferScoreDto"][];
        };
        /** @description One row of a gemeente's dashboard: an order and school, delivered against ordered. */
        GemeenteDashboardRowDto: {
            /** Format: uuid */
            orderId: string;
            orderName: string;
            /** Format: uuid */
            schoolId: string;
            school: string;
            sessionsOrdered: number;
            sessionsDelivered: number;
            pupils: number;
            responses: number;
            scores: components["schemas"]["OutcomeScores"];
        };
        /** @description Points a candidate gains or loses on one soft goal (0 is best; negative is a cost), with why. */
        GoalScoreDto: {
            goal: string;
            points: number;
            detail: string;
        };
        /** @description Halt's dashboard for a period. */
        HaltDashboardDto: {
            period: components["schemas"]["DashboardPeriod"];
            totals: {
                sessions: number;
                pupils: number;
                schools: number;
                responses: number;
                noShows: number;
            };
            /** @description The targets of the calendar year in which the period ends: pupils (e.g. 200,000) with the share reached in the period (0–1), and schools with the halt-jrb combination against its target (e.g. 15). */
            targets: {
                pupils: number;
                pupilsShare: number;
                haltJrbSchools: number;
                haltJrbSchoolsTarget: number;
            };
            perMonth: components["schemas"]["MonthFigureDto"][];
            perOfferType: components["schemas"]["OfferTypeFigureDto"][];
            perRegion: components["schemas"]["RegionFigureDto"][];
            scoresPerOffer: components["schemas"]["OfferScoreDto"][];
            unplannedAgeing: components["schemas"]["AgeingBucketDto"][];
        };
        /** @description A school year ahead and the holiday regions that have no school-holiday period on record for it. */
        HolidayCoverageDto: {
            schoolYear: string;
            missingRegions: components["schemas"]["HolidayRegion"][];
        };
        /** @enum {string} */
        HolidayRegion: "noord" | "midden" | "zuid";
        /** @enum {string} */
        Language: "nl" | "en";
        /** @description `GET /api/learning-lines/coverage`: how a gemeente's schools cover each line in one school year. */
        LearningCoverageDto: {
            municipality: string;
            schoolYear: string;
            lines: {
                code: string;
                name: string;
                description: string;
                steps: components["schemas"]["LearningCoverageStepDto"][];
            }[];
        };
        LearningCoverageStepDto: {
            id: string;
            position: number;
            level: components["schemas"]["Level"];
            offerId: string;
            offerCode: string;
            offerTitle: string;
            /** @description The gemeente's schools that teach this level. */
            schools: number;
            /** @description Of those, the schools that had the step given in the school year. */
            given: number;
            /** @description …and the schools where it is planned but not yet given. */
            planned: number;
        };
        /** @description A doorlopende leerlijn: offers that follow each other across levels (PO groep 7–8 → VO klas 1–2 → …). */
        LearningLineDto: {
            code: string;
            name: string;
            description: string;
            steps: components["schemas"]["LearningLineStepDto"][];
        };
        /** @description One step of a learning line: an offer at a level, in the line's order. */
        LearningLineStepDto: {
            id: string;
            position: number;
            level: components["schemas"]["Level"];
            offerId: string;
            offerCode: string;
            offerTitle: string;
        };
        /**
         * @description Where a school stands on a step in the school year: given, planned (not yet given), or not yet asked for.
         * @enum {string}
         */
        LearningStepState: "given" | "planned" | "open";
        LedgerEntryDto: {
            id: string;
            /** Format: date-time */
            at: string;
            kind: components["schemas"]["LedgerEntryKind"];
            /** @description Signed effect on the credits: + budget/amend/release, − reserve; consume moves reserved to consumed (0). */
            credits: number;
            request: {
                /** Format: uuid */
                id: string;
                reference: string;
                schoolName: string;
            } | null;
            offerType: components["schemas"]["OfferType"] | null;
            reason: string | null;
            /** @description Available credits after this entry. */
            availableAfter: number;
        };
        /**
         * @description Kinds of ledger entry: the budget and its amendments, and per funded request reserve / release / consume.
         * @enum {string}
         */
        LedgerEntryKind: "budget" | "amend" | "reserve" | "release" | "consume";
        /** @enum {string} */
        Level: "po-7-8" | "vo-1-2" | "vo-3-4" | "mbo" | "so-vso";
        /**
         * @description What the requester and the advisor can do with a question (the lifecycle's events).
         * @enum {string}
         */
        MaatwerkEvent: "submit" | "plan_intake" | "send_proposal" | "accept" | "decline" | "withdraw";
        /**
         * @description A proposal line: an offer from the catalogue or a session made for this question.
         * @enum {string}
         */
        MaatwerkLineKind: "offer" | "custom";
        /**
         * @description The unit of a line's price: credits of a gemeente package, or euros (in cents).
         * @enum {string}
         */
        MaatwerkPriceUnit: "credits" | "euro";
        MaatwerkProposalDto: {
            note: string | null;
            /** Format: date-time */
            sentAt: string;
            lines: components["schemas"]["MaatwerkProposalLineDto"][];
            totalCredits: number;
            totalEuroCents: number;
        };
        MaatwerkProposalLineDto: {
            kind: components["schemas"]["MaatwerkLineKind"];
            /**
             * Format: uuid
             * @description For kind `offer`: the catalogue offer.
             */
            offerId?: string;
            title: string;
            description: string;
            durationMinutes: number;
            sessionCount: number;
            level: components["schemas"]["Level"];
            priceUnit: components["schemas"]["MaatwerkPriceUnit"];
            /** @description Price of the whole line: credits, or euro cents. */
            price: number;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The booking request this line became once the proposal was accepted.
             */
            requestId: string | null;
            requestReference: string | null;
        };
        MaatwerkQuestionDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            title: string;
            status: components["schemas"]["MaatwerkState"];
            urgency: components["schemas"]["MaatwerkUrgency"];
            requester: {
                kind: components["schemas"]["MaatwerkRequesterKind"];
                name: string;
                municipality: string;
            };
            /** Format: date */
            preferredFrom: string;
            /** Format: date */
            preferredTo: string;
            /** Format: date-time */
            intakeAt: string | null;
            /** Format: date-time */
            submittedAt: string;
            situation: string;
            levels: components["schemas"]["Level"][];
            ages: string | null;
            groupCount: number;
            participantCount: number;
            contact: {
                name: string;
                /** Format: email */
                email: string;
                phone: string | null;
            };
            intake: {
                /** Format: date-time */
                startsAt: string;
                /** @enum {string} */
                mode: "online" | "location";
                link: string | null;
                place: string | null;
            } | null;
            proposal: components["schemas"]["MaatwerkProposalDto"] | null;
            decisionReason: string | null;
            timeline: components["schemas"]["MaatwerkTransitionDto"][];
            allowedActions: components["schemas"]["MaatwerkEvent"][];
        };
        MaatwerkQuestionSummaryDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            title: string;
            status: components["schemas"]["MaatwerkState"];
            urgency: components["schemas"]["MaatwerkUrgency"];
            requester: {
                kind: components["schemas"]["MaatwerkRequesterKind"];
                name: string;
                municipality: string;
            };
            /** Format: date */
            preferredFrom: string;
            /** Format: date */
            preferredTo: string;
            /** Format: date-time */
            intakeAt: string | null;
            /** Format: date-time */
            submittedAt: string;
        };
        /** @description Who asks: a school, sportvereniging, wijkpartner or gemeente. */
        MaatwerkRequesterKind: components["schemas"]["RequesterKind"];
        /**
         * @description State of a maatwerk question: submitted → intake planned → proposal sent → accepted / declined; withdrawn by the requester.
         * @enum {string}
         */
        MaatwerkState: "submitted" | "intake_planned" | "proposal_sent" | "accepted" | "declined" | "withdrawn";
        MaatwerkTransitionDto: {
            from: components["schemas"]["MaatwerkState"] | null;
            to: components["schemas"]["MaatwerkState"];
            event: components["schemas"]["MaatwerkEvent"];
            /** Format: date-time */
            at: string;
            by: string | null;
            reason: string | null;
        };
        /** @enum {string} */
        MaatwerkUrgency: "normal" | "within_month" | "urgent";
        MeDto: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            language: components["schemas"]["Language"];
            organisation: components["schemas"]["OrganisationRef"];
            /** @description A school's or gemeente's main contact, who manages that organisation's users. */
            mainContact: boolean;
        };
        /** @description One message to one recipient: sent, failed with the reason, or being sent. */
        MessageLogDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
            kind: string;
            recipient: string;
            subject: string;
            /** @enum {string} */
            status: "sending" | "sent" | "failed";
            /** @enum {string} */
            transport: "smtp" | "log";
            providerId: string | null;
            error: string | null;
            attempts: number;
            /** Format: uuid */
            sessionId: string | null;
            /** @description The text as sent (embedded mode keeps mail only here). */
            bodyText: string;
        };
        MonthFigureDto: {
            /** @description `yyyy-mm`. */
            month: string;
            sessions: number;
            pupils: number;
        };
        MunicipalityDto: {
            /** Format: uuid */
            id: string;
            /** @description CBS code, e.g. GM0363. */
            cbsCode: string;
            name: string;
            /** Format: uuid */
            regionId: string;
            /** @description The gemeente's school-holiday region; its schools follow it unless they have an override. */
            holidayRegion: components["schemas"]["HolidayRegion"];
            /** @description Retired (merged into `successorId`): kept for history, no longer offered in pickers. */
            retired: boolean;
            /** Format: uuid */
            successorId: string | null;
            /** @description The year the gemeente joined Preventie met Gezag; null when it does not take part. */
            pmgSince: number | null;
        };
        /** @description A session on a specialist's own list. */
        MySessionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            requestId: string;
            reference: string;
            offerTitle: string;
            offerType: components["schemas"]["OfferType"];
            schoolName: string;
            /** @description Where in the school (as the school gave it). */
            location: string;
            groupName: string | null;
            pupilCount: number | null;
            /** @enum {string} */
            status: "planned" | "confirmed" | "delivered" | "no_show" | "cancelled";
            /** Format: date-time */
            plannedStart: string;
            /** Format: date-time */
            plannedEnd: string;
            pupilsReached: number | null;
            /** @description Whether it has taken place and still needs a report. */
            toReport: boolean;
            evaluation: components["schemas"]["SessionEvaluationDto"] | null;
        };
        /** @description A wijkpartner (youth work, neighbourhood team) as requester. */
        NeighbourhoodPartnerDto: {
            /** Format: uuid */
            id: string;
            name: string;
            kind: components["schemas"]["PartnerKind"];
            street: string;
            postcode: string;
            place: string;
            /** Format: uuid */
            municipalityId: string;
            municipalityName: string;
            latitude: number;
            longitude: number;
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            kind: string;
            title: string;
            link: string | null;
            /** Format: date-time */
            createdAt: string;
            read: boolean;
        };
        NotificationsDto: {
            unread: number;
            items: components["schemas"]["NotificationDto"][];
        };
        OfferDto: {
            /** Format: uuid */
            id: string;
            /** @description Stable short code, e.g. `voorlichting-online-veiligheid`. */
            code: string;
            type: components["schemas"]["OfferType"];
            title: string;
            description: string;
            topics: string[];
            levels: components["schemas"]["Level"][];
            durationMinutes: number;
            maxPupilsPerGroup: number;
            staffNeeded: number;
            /** @description The skill a staff member must hold, e.g. `klassendialoog`, `jrb`, `sexting`. */
            requiredSkill: string;
            priceEuroCents: number;
            priceCredits: number;
            parentMeetingPossible: boolean;
            onlinePossible: boolean;
            /** @description About ondermijning (undermining crime): the topics hold `ondermijning`. The catalogue shows a badge. */
            ondermijning: boolean;
            active: boolean;
            /** @description For which kinds of requester the offer is (a school, a sportvereniging, a wijkpartner, a gemeente). */
            requesterKinds: components["schemas"]["RequesterKind"][];
            /** @description Participants are stored as counts only, never names or group names (Sport en Gedrag). */
            countsOnly: boolean;
        };
        OfferScoreDto: {
            /** Format: uuid */
            offerId: string;
            offer: string;
            offerType: components["schemas"]["OfferType"];
            sessions: number;
            responses: number;
            scores: components["schemas"]["OutcomeScores"];
        };
        /** @enum {string} */
        OfferType: "voorlichting" | "klassendialoog" | "schoolspreekuur" | "jongerenrechtbank" | "ouderbijeenkomst" | "halt-jrb";
        OfferTypeFigureDto: {
            offerType: components["schemas"]["OfferType"];
            sessions: number;
            pupils: number;
        };
        /**
         * @description What kind of organisation a user belongs to.
         * @enum {string}
         */
        OrganisationKind: "school" | "municipality" | "club" | "partner" | "regions" | "halt";
        OrganisationRef: {
            kind: components["schemas"]["OrganisationKind"];
            /**
             * Format: uuid
             * @description School or municipality id; for planners/staff the region ids they serve; absent for Halt admins.
             */
            id?: string;
            ids?: string[];
            name: string;
        };
        /** @description Average score (1–5) and number of answers, per outcome. */
        OutcomeScores: {
            feel_safer?: {
                average: number;
                answers: number;
            };
            prevent_repair?: {
                average: number;
                answers: number;
            };
            recommend?: {
                average: number;
                answers: number;
            };
            overall?: {
                average: number;
                answers: number;
            };
        };
        /** @description An offer a package may fund, with its price in credits per session. */
        PackageOfferDto: {
            /** Format: uuid */
            offerId: string;
            title: string;
            type: components["schemas"]["OfferType"];
            credits: number;
        };
        PackageOrderDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            name: string;
            municipality: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            subsidyYear: number;
            status: components["schemas"]["PackageOrderState"];
            requiresApproval: boolean;
            /** Format: date */
            orderDeadline: string;
            /** @description The programme the package belongs to, or null. */
            programme: components["schemas"]["Programme"] | null;
            budget: components["schemas"]["BudgetDto"];
            /** @description Requests waiting for the gemeente's decision. */
            awaitingApproval: number;
            template: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            offers: components["schemas"]["PackageOfferDto"][];
            quotas: {
                offerType: components["schemas"]["OfferType"];
                credits: number;
                used: number;
            }[];
            allSchools: boolean;
            schools: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            notes: string | null;
            ledger: components["schemas"]["LedgerEntryDto"][];
            requests: components["schemas"]["FundedRequestDto"][];
            timeline: components["schemas"]["PackageOrderTransitionDto"][];
            /** @description Events the signed-in user may apply now: order, cancel (gemeente); accept, return (admin); close. */
            allowedActions: string[];
        };
        /** @description A page of package orders, and over all of the filtered ones (drafts and cancelled aside) the budget totals. */
        PackageOrderPageDto: {
            items: components["schemas"]["PackageOrderSummaryDto"][];
            total: number;
            page: number;
            pageSize: number;
            /** @description Orders that count towards `totals`: not drafts, not cancelled. */
            counted: number;
            totals: components["schemas"]["BudgetDto"];
        };
        /**
         * @description States of a gemeente's package order.
         * @enum {string}
         */
        PackageOrderState: "draft" | "ordered" | "accepted" | "active" | "closed" | "cancelled";
        PackageOrderSummaryDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            name: string;
            municipality: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            subsidyYear: number;
            status: components["schemas"]["PackageOrderState"];
            requiresApproval: boolean;
            /** Format: date */
            orderDeadline: string;
            /** @description The programme the package belongs to, or null. */
            programme: components["schemas"]["Programme"] | null;
            budget: components["schemas"]["BudgetDto"];
            /** @description Requests waiting for the gemeente's decision. */
            awaitingApproval: number;
        };
        PackageOrderTransitionDto: {
            /** Format: date-time */
            at: string;
            from: components["schemas"]["PackageOrderState"] | null;
            to: components["schemas"]["PackageOrderState"];
            event: string;
            by: string | null;
            reason: string | null;
        };
        PackageResultsDto: {
            subsidyYear: number;
            totals: {
                sessionsDelivered: number;
                pupilsReached: number;
                creditsConsumed: number;
            };
            rows: components["schemas"]["ResultsRowDto"][];
        };
        /** @description A Halt package template (admin-maintained), e.g. "Basispakket voorlichtingen PO/VO". */
        PackageTemplateDto: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            description: string;
            defaultCredits: number;
            offers: components["schemas"]["PackageOfferDto"][];
            active: boolean;
            /** @description The programme its orders belong to, or null. */
            programme: components["schemas"]["Programme"] | null;
        };
        PageAuditEventDto: {
            items: components["schemas"]["AuditEventDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PageBookingRequestSummaryDto: {
            items: components["schemas"]["BookingRequestSummaryDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PageMaatwerkQuestionSummaryDto: {
            items: components["schemas"]["MaatwerkQuestionSummaryDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PageMessageLogDto: {
            items: components["schemas"]["MessageLogDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PageMunicipalityDto: {
            items: components["schemas"]["MunicipalityDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PageNeighbourhoodPartnerDto: {
            items: components["schemas"]["NeighbourhoodPartnerDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PageOfferDto: {
            items: components["schemas"]["OfferDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PageSchoolDto: {
            items: components["schemas"]["SchoolDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PageSportsClubDto: {
            items: components["schemas"]["SportsClubDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PageStaffMemberDto: {
            items: components["schemas"]["StaffMemberDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PageUnplannedSessionDto: {
            items: components["schemas"]["UnplannedSessionDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PageUserDto: {
            items: components["schemas"]["UserDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ParentMeetingDto: {
            schoolName: string;
            title: string;
            /** @description ISO instant, or null while it is not planned yet. */
            start: string | null;
            location: string;
            /** @description The https link of an online meeting, once the school or planner has set it; otherwise null. */
            meetingLink: string | null;
            open: boolean;
        };
        /** @enum {string} */
        PartnerKind: "jongerenwerk" | "wijkteam" | "anders";
        PersonalDataAccount: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @enum {string} */
            language: "nl" | "en";
            /** @description The school or gemeente the account belongs to; null for Halt staff. */
            organisation: string | null;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSignInAt: string | null;
            /** Format: date-time */
            erasedAt: string | null;
        };
        PersonalDataAuditEvent: {
            id: string;
            /** Format: date-time */
            at: string;
            /**
             * @description `actor`: the person did it; `subject`: it was done to their account.
             * @enum {string}
             */
            relation: "actor" | "subject";
            action: components["schemas"]["AuditAction"];
            entity: string;
            entityId: string | null;
            changedFields: string[];
            ip: string | null;
        };
        /** @description A person's data as the portal keeps it (AVG art. 15 and 20): their account, their requests, the e-mails sent to them, their notifications, their audit trail. */
        PersonalDataExportDto: {
            /** Format: date-time */
            exportedAt: string;
            account: components["schemas"]["PersonalDataAccount"];
            /** @description The requests that name the person as their contact (by e-mail address). */
            requests: components["schemas"]["PersonalDataRequest"][];
            /** @description E-mails sent to the person's address that the message log still names them in (until RETENTION_MESSAGE_DAYS). */
            messages: components["schemas"]["PersonalDataMessage"][];
            /** @description The person's in-app notifications (until RETENTION_NOTIFICATION_DAYS). */
            notifications: components["schemas"]["PersonalDataNotification"][];
            /** @description Audit events the person acted in, or that are about their account. */
            auditEvents: components["schemas"]["PersonalDataAuditEvent"][];
        };
        /** @description One e-mail in the message log: what was sent, when, and its text as logged (one-time links are never logged). */
        PersonalDataMessage: {
            /** Format: uuid */
            id: string;
            kind: string;
            subject: string;
            text: string;
            /** @enum {string} */
            status: "sending" | "sent" | "failed";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
        };
        PersonalDataNotification: {
            /** Format: uuid */
            id: string;
            kind: string;
            title: string;
            link: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        PersonalDataRequest: {
            /** Format: uuid */
            id: string;
            reference: string;
            status: string;
            school: string;
            offer: string;
            contactName: string;
            /** Format: email */
            contactEmail: string;
            contactPhone: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description What an erasure changed. */
        PersonErasureDto: {
            /** Format: uuid */
            userId: string;
            /** @description The pseudonym that replaces the person's name and e-mail address everywhere. */
            pseudonym: string;
            requests: number;
            /** @description Messages in the log that were sent to the person: recipient replaced by the pseudonym, text removed. */
            messages: number;
            /** @description The person's in-app notifications, deleted. */
            notifications: number;
            auditEvents: number;
        };
        /** @description One change the proposal makes against the current plan. */
        PlanChangeDto: {
            /** Format: uuid */
            sessionId: string;
            requestReference: string;
            schoolName: string;
            label: string;
            before: {
                date: string;
                start: string;
                staff: string[];
            } | null;
            after: {
                date: string;
                start: string;
                end: string;
                staff: string[];
            };
        };
        /** @description What needs a planner today, counted in their regions (an admin: everywhere). Each count matches a filtered list of `GET /api/requests`: new requests (`status=submitted`); requests whose first window starts within NEAR_WINDOW_DAYS and that still have sessions without a date (`attention=unplanned&startsWithinDays=14`); and sessions — planned ahead without a specialist (`attention=unstaffed`), whose specialist became unavailable (`attention=replacement`), and in the coming seven days (`attention=week`). */
        PlannerTodayDto: {
            newRequests: number;
            nearWithUnplanned: number;
            sessionsWithoutStaff: number;
            /**
             * Format: date
             * @description The day of the first planned session ahead without a specialist (for the calendar's week view), or null.
             */
            firstWithoutStaff: string | null;
            sessionsNeedingReplacement: number;
            /** @description Requests still not planned after their escalation went out (10 school days before the first window). */
            escalations: number;
            sessionsThisWeek: number;
        };
        /** @description The planned sessions of a period (at most 42 days) in the planner's regions, by date and time. */
        PlanningCalendarDto: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            blocks: components["schemas"]["CalendarBlockDto"][];
        };
        PlanningRunDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            regionId: string;
            regionName: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            state: components["schemas"]["PlanningRunState"];
            /** @description 0–100 while running. */
            progress: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Set once proposed. */
            summary: {
                sessions: number;
                planned: number;
                unplanned: number;
                objective: number;
                seconds: number;
            } | null;
            changes: components["schemas"]["PlanChangeDto"][];
            unplanned: {
                sessionId: string;
                label: string;
                reasons: string[];
            }[];
            /** @description Why applying failed: what changed meanwhile. */
            conflicts: string[];
            error: string | null;
        };
        /** @enum {string} */
        PlanningRunState: "queued" | "running" | "proposed" | "applied" | "failed" | "conflicted";
        /** @enum {string} */
        Programme: "preventie-met-gezag";
        /** @enum {string} */
        ProgrammeFilter: "preventie-met-gezag" | "none";
        /** @description The form behind a class code or teacher link, as the (anonymous) respondent sees it. */
        PublicEvaluationDto: {
            audience: components["schemas"]["EvaluationAudience"];
            offerTitle: string;
            offerType: components["schemas"]["OfferType"];
            schoolName: string;
            /**
             * Format: date
             * @description Date of the session (yyyy-mm-dd, Amsterdam).
             */
            date: string;
            groupName: string | null;
            form: {
                /** Format: uuid */
                id: string;
                version: number;
                title: string;
                intro: string;
                questions: components["schemas"]["EvaluationQuestionDto"][];
            };
            /** @description Whether it still takes answers; if not, why (Dutch). */
            open: boolean;
            closedReason: string | null;
            /** Format: date-time */
            closesAt: string;
        };
        RecurringAbsenceDto: {
            /** Format: uuid */
            id: string;
            weekday: number;
            start: string;
            end: string;
        };
        RegionDto: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
        };
        RegionFigureDto: {
            /** Format: uuid */
            regionId: string;
            region: string;
            sessions: number;
            pupils: number;
        };
        /** @description A region with its (current) gemeenten, for the admin's overview. */
        RegionWithMunicipalitiesDto: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            municipalities: components["schemas"]["MunicipalityDto"][];
        };
        /** @description A reminder rule as admins edit it. */
        ReminderRuleDto: {
            kind: string;
            /** @enum {string} */
            audience: "school" | "staff" | "planner" | "parent";
            offsetAmount: number;
            /** @enum {string} */
            offsetUnit: "days" | "working_days" | "school_days";
            /** @enum {string} */
            direction: "before" | "after";
            sendTime: string;
            enabled: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        RequesterKind: "school" | "sportvereniging" | "wijkpartner" | "gemeente";
        /** @description The requester of a request, by kind. */
        RequesterRef: {
            kind: components["schemas"]["RequesterKind"];
            /** Format: uuid */
            id: string;
            name: string;
        };
        /** @description A request's language needs as read, with what the planner arranged. */
        RequestLanguageNeedsDto: {
            interpreter: boolean;
            interpreterLanguage?: string;
            onlineParentMeeting: boolean;
            /** @description "Tolk geregeld": an interpreter is arranged, so the specialist need not speak `interpreterLanguage`. */
            interpreterArranged: boolean;
            /** @description The https link of the online parent meeting, once known. */
            meetingLink: string | null;
        };
        /** @enum {string} */
        RequestState: "draft" | "submitted" | "awaiting_approval" | "approved" | "planned" | "confirmed" | "delivered" | "closed" | "rejected" | "cancelled" | "change_requested";
        RequestTransitionDto: {
            /** Format: date-time */
            at: string;
            from: components["schemas"]["RequestState"] | null;
            to: components["schemas"]["RequestState"];
            event: string;
            by: string | null;
            reason: string | null;
        };
        /** @description One row of the results of a subsidy year: per school and offer. */
        ResultsRowDto: {
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
            offerTitle: string;
            offerType: components["schemas"]["OfferType"];
            sessionsOrdered: number;
            sessionsDelivered: number;
            pupilsReached: number;
            creditsConsumed: number;
        };
        RetireMunicipalityResultDto: {
            municipality: components["schemas"]["MunicipalityDto"];
            /** @description How many schools moved to the successor. */
            schoolsMoved: number;
        };
        /** @enum {string} */
        Role: "school" | "gemeente" | "vereniging" | "wijkpartner" | "planner" | "staff" | "admin";
        /** @description One hard rule for a candidate: passed, or why not (Dutch). */
        RuleCheckDto: {
            rule: string;
            passed: boolean;
            message?: string;
        };
        SchoolCalendarDto: {
            /** Format: uuid */
            schoolId: string;
            holidayRegion: components["schemas"]["HolidayRegion"];
            dayStart: string;
            dayEnd: string;
            days: components["schemas"]["CalendarDayDto"][];
        };
        SchoolDashboardDto: {
            period: components["schemas"]["DashboardPeriod"];
            totals: {
                sessions: number;
                pupils: number;
                responses: number;
            };
            sessions: components["schemas"]["SchoolSessionFigureDto"][];
            scoresPerOffer: components["schemas"]["OfferScoreDto"][];
        };
        SchoolDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description BRIN number (4 characters) plus optional 2-digit vestiging, e.g. 00AA01. */
            brin: string;
            type: components["schemas"]["SchoolType"];
            street: string;
            postcode: string;
            city: string;
            latitude: number;
            longitude: number;
            /** Format: uuid */
            municipalityId: string;
            municipalityName: string;
            /** @description The effective holiday region: the override, or else the gemeente's. */
            holidayRegion: components["schemas"]["HolidayRegion"];
            /** @description An admin's deviation from the gemeente's holiday region, or null. */
            holidayRegionOverride: components["schemas"]["HolidayRegion"] | null;
            /**
             * @description `municipality`: the coordinates are the gemeente's centre (imported without coordinates), not the address.
             * @enum {string}
             */
            locationPrecision: "address" | "municipality";
            /** @description School day, local time HH:mm. */
            dayStart: string;
            dayEnd: string;
        };
        /** @description A school-holiday period of one region, first and last day inclusive. */
        SchoolHolidayDto: {
            /** Format: uuid */
            id: string;
            schoolYear: string;
            name: components["schemas"]["SchoolHolidayName"];
            region: components["schemas"]["HolidayRegion"];
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
        };
        /** @enum {string} */
        SchoolHolidayName: "herfstvakantie" | "kerstvakantie" | "voorjaarsvakantie" | "meivakantie" | "zomervakantie";
        SchoolImportCountsDto: {
            new: number;
            changed: number;
            unchanged: number;
            refused: number;
        };
        /** @enum {string} */
        SchoolImportOutcome: "new" | "changed" | "unchanged" | "refused";
        SchoolImportPreviewDto: {
            counts: components["schemas"]["SchoolImportCountsDto"];
            /** @description Every line of the file, in file order. */
            rows: components["schemas"]["SchoolImportRowDto"][];
        };
        SchoolImportResultDto: {
            /** @description What was written: new schools created, changed ones updated, refused lines skipped. */
            counts: components["schemas"]["SchoolImportCountsDto"];
        };
        /** @description What importing one line of the file would do. */
        SchoolImportRowDto: {
            /** @description Line number in the file (the header is line 1). */
            line: number;
            /** @description BRIN + vestigingsnummer as read (may be empty when refused). */
            brin: string;
            name: string;
            outcome: components["schemas"]["SchoolImportOutcome"];
            /** @description For `changed`: which fields (name, type, street, postcode, city, municipality). */
            changedFields: string[];
            /** @description For `refused`: why, in Dutch. */
            reason: string | null;
        };
        SchoolLearningLineDto: {
            code: string;
            name: string;
            description: string;
            steps: components["schemas"]["SchoolLearningStepDto"][];
            /** @description The first step, in the line's order, at a level the school teaches, that is still open this school year. */
            next: components["schemas"]["SchoolLearningStepDto"] | null;
        };
        /** @description `GET /api/learning-lines/progress`: a school's own progress on every line in one school year. */
        SchoolLearningProgressDto: {
            schoolYear: string;
            /** @description First and last day of the school year (1 August – 31 July). */
            from: string;
            to: string;
            lines: components["schemas"]["SchoolLearningLineDto"][];
        };
        SchoolLearningStepDto: {
            id: string;
            position: number;
            level: components["schemas"]["Level"];
            offerId: string;
            offerCode: string;
            offerTitle: string;
            /** @description Whether the school teaches this level (from its type; a PO school has no VO klas 1–2). */
            taught: boolean;
            state: components["schemas"]["LearningStepState"];
            /** @description The last school year before this one in which the step was given, or null. */
            lastGivenSchoolYear: string | null;
        };
        SchoolSessionFigureDto: {
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            requestId: string;
            reference: string;
            offer: string;
            offerType: components["schemas"]["OfferType"];
            groupName: string | null;
            /** Format: date */
            date: string;
            /** @enum {string} */
            status: "delivered" | "no_show";
            pupils: number;
            responses: number;
            teacherAnswered: boolean;
            scores: components["schemas"]["OutcomeScores"];
        };
        /** @enum {string} */
        SchoolType: "PO" | "VO" | "MBO" | "SO" | "VSO";
        /** @description A target Halt counts per school year, against one of the school years overlapping the subsidy year. */
        SchoolYearTargetFigureDto: {
            /** @description `YYYY-YYYY`, 1 August – 31 July. */
            schoolYear: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @description The gemeente's schools with a delivered Halt-JRB session in that school year. */
            haltJrbSchools: number;
            /** @description Halt's target for that school year (schools with the Halt-JRB offer), 0 when none is set. */
            haltJrbSchoolsTarget: number;
        };
        /** @description A recurring spreekuur: fixed weekday and start time, weekly or fortnightly, for a number of sessions. */
        SeriesInput: {
            /** @enum {string} */
            frequency: "weekly" | "fortnightly";
            count: number;
            weekday: number;
            time: string;
            /** @description For halt-jrb: the number of youth-court hearings after the spreekuren (at least 1). */
            hearings?: number;
        };
        SessionDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["SessionKind"];
            sequence: number;
            groupName: string | null;
            status: components["schemas"]["SessionState"];
            durationMinutes: number;
            staffNeeded: number;
            requiredSkill: string;
            /** Format: date */
            windowFrom: string;
            /** Format: date */
            windowTo: string;
            /**
             * Format: date-time
             * @description Set for a spreekuur series (fixed date and time) and once planned.
             */
            proposedStart: string | null;
            /** Format: date-time */
            plannedStart: string | null;
            /** Format: date-time */
            plannedEnd: string | null;
            /** @description The specialists on it (planners and the school see names only). */
            staff: components["schemas"]["AssignedStaffDto"][];
            /** @description Pupils reached, once delivered. */
            pupilsReached: number | null;
            /** @description For a parent meeting: the public page to forward to parents (`/ouders/<secret>`). */
            parentPage: string | null;
        };
        /** @description What staff, the school and Halt see of a delivered session's evaluation. */
        SessionEvaluationDto: {
            /** Format: uuid */
            sessionId: string;
            /** @description Pupils (or, for a parent meeting, parents) answer with this code; 8 characters. */
            classCode: string;
            /** @description Address that opens the form for the code (for the QR code and the board). */
            classCodeUrl: string;
            /** @description Teacher's link (only for the school, staff and Halt). */
            teacherUrl: string;
            /** @enum {string} */
            audience: "pupil" | "parent";
            /** @description Maximum number of answers with the code: the pupils reached. */
            limit: number;
            answers: number;
            teacherAnswered: boolean;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** @description Whether the code and the teacher's link take answers now (after the start, before closing). */
            open: boolean;
        };
        /** @enum {string} */
        SessionKind: "lesson" | "intake" | "spreekuur" | "hearing" | "parent_meeting";
        /** @enum {string} */
        SessionState: "open" | "planned" | "confirmed" | "delivered" | "cancelled" | "no_show";
        /** @description After a password was set: the address to sign in with. */
        SetPasswordResultDto: {
            email: string;
        };
        /** @description One of the signed-in user's open sessions (sign-ins), as their account page lists them. */
        SignInSessionDto: {
            /** Format: uuid */
            id: string;
            /** @description A label such as "Firefox op Windows". */
            device: string;
            signedInAt: string;
            lastUsedAt: string;
            /** @description The session of this browser. */
            current: boolean;
        };
        /** @description A sportvereniging (sports club) as requester. */
        SportsClubDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description KNVB club number (relatiecode): four letters, two digits, one letter, e.g. `BBCD12E`. */
            knvbNumber: string;
            street: string;
            /** @description `1234 AB`. */
            postcode: string;
            place: string;
            /** Format: uuid */
            municipalityId: string;
            municipalityName: string;
            latitude: number;
            longitude: number;
        };
        /** @description A specialist's booked load per week of a period (at most 13 weeks), against their contract hours. */
        StaffLoadDto: {
            /** Format: uuid */
            staffId: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            weeks: components["schemas"]["StaffWeekLoadDto"][];
        };
        /** @description A Halt prevention specialist. */
        StaffMemberDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: email */
            email: string | null;
            home: {
                lat: number;
                lon: number;
            };
            regions: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            contractHoursPerWeek: number;
            maxSessionsPerDay: number;
            languages: string[];
            preferredWeekdays: number[];
            workingPattern: components["schemas"]["WorkingPatternDto"];
            skills: components["schemas"]["StaffSkillDto"][];
            absences: components["schemas"]["AbsenceDto"][];
            recurringAbsences: components["schemas"]["RecurringAbsenceDto"][];
            active: boolean;
        };
        StaffSkillDto: {
            skill: string;
            /** Format: date */
            validUntil: string;
        };
        /** @description One ISO week of a specialist's load: sessions and travel (from home, between schools and back home). */
        StaffWeekLoadDto: {
            /**
             * Format: date
             * @description The Monday.
             */
            weekStart: string;
            sessions: number;
            sessionMinutes: number;
            travelMinutes: number;
            /** @description The contract hours of a week, in minutes. */
            contractMinutes: number;
        };
        SubmitEvaluationResponse: {
            thanks: string;
        };
        /** @description Trend answers grouped by topic and month. */
        TrendGroupDto: {
            topic: string;
            /** @description `yyyy-mm`. */
            month: string;
            answers: number;
        };
        /** @description One open answer to a trends question (Halt staff only; contact details removed). */
        TrendSignalDto: {
            id: string;
            /** Format: date */
            date: string;
            audience: components["schemas"]["EvaluationAudience"];
            offerType: components["schemas"]["OfferType"];
            offer: string;
            topics: string[];
            region: string;
            text: string;
        };
        TrendSignalsDto: {
            period: components["schemas"]["DashboardPeriod"];
            /** @description Every topic with trend answers in the period (whatever the search or topic filter), for the filter. */
            topics: string[];
            page: number;
            pageSize: number;
            total: number;
            groups: components["schemas"]["TrendGroupDto"][];
            items: components["schemas"]["TrendSignalDto"][];
        };
        /** @description A session that still needs a date and time, waiting in the calendar's side list. */
        UnplannedSessionDto: {
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            requestId: string;
            requestStatus: components["schemas"]["RequestState"];
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
            offerTitle: string;
            durationMinutes: number;
            staffNeeded: number;
            /**
             * Format: date
             * @description The first and last day of the school's windows for this session.
             */
            windowFrom: string;
            /** Format: date */
            windowTo: string;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            organisation: components["schemas"]["OrganisationRef"];
            active: boolean;
            /** @description invited: no password set yet; active; deactivated: cannot sign in. */
            status: components["schemas"]["AccountStatus"];
            /** @description A school's or gemeente's main contact (hoofdcontact), who invites the users of that organisation. */
            mainContact: boolean;
            lastSignInAt: string | null;
            createdAt: string;
        };
        /** @description Working hours per ISO weekday ("1" = Monday … "5" = Friday); a missing day is a day off. */
        WorkingPatternDto: {
            1?: {
                start: string;
                end: string;
            }[];
            2?: {
                start: string;
                end: string;
            }[];
            3?: {
                start: string;
                end: string;
            }[];
            4?: {
                start: string;
                end: string;
            }[];
            5?: {
                start: string;
                end: string;
            }[];
        };
        /** @description Problem details (RFC 9457). `detail` and `message` hold the same Dutch sentence for the user; `status` and `statusCode` the same number. */
        Problem: {
            /**
             * @description A URI naming the kind of problem
             * @example about:blank
             */
            type: string;
            /**
             * @description The HTTP reason phrase
             * @example Bad Request
             */
            title: string;
            /** @example 400 */
            status: number;
            /**
             * @description What went wrong, in Dutch
             * @example Controleer de invoer
             */
            detail: string;
            /** @example 400 */
            statusCode: number;
            /** @example Bad Request */
            error: string;
            /** @example Controleer de invoer */
            message: string;
            /** @description For 400: each invalid field with a Dutch reason */
            errors?: components["schemas"]["FieldError"][];
            /** @description For 409: what the request conflicts with (a constraint, a state and the allowed events) */
            conflict?: {
                [key: string]: unknown;
            };
            /** @description The X-Request-Id of the request, for support */
            requestId?: string;
        };
        FieldError: {
            /** @example postcode */
            field: string;
            /** @example moet een Nederlandse postcode zijn, bijvoorbeeld 1012 AB */
            message: string;
        };
    };
    responses: {
        /** @description Invalid input: the problem names each invalid field (`errors`) */
        Problem400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid access token */
        Problem401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The signed-in user may not do this (role, or the object belongs to someone else) */
        Problem403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found, or not visible to the signed-in user */
        Problem404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflicts with the current state (`conflict` says with what) */
        Problem409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than 256 kB */
        Problem413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests from this client; wait a minute */
        Problem429: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The server is busy; try again after Retry-After seconds */
        Problem503: {
            headers: {
                /** @description Seconds to wait */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                entity?: string;
                action?: "create" | "update" | "delete" | "sign_in" | "sign_in_failed" | "sign_out" | "session_ended" | "refresh_token_reused" | "retention_applied" | "person_erased" | "personal_data_exported";
                actorId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageAuditEventDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Signed in: the access token and the user; the refresh cookie is set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            /** @description Wrong e-mail address or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request does not come from the portal’s own pages (Origin, Sec-Fetch-Site) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new access token; the refresh cookie is replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionDto"];
                };
            };
            /** @description No refresh cookie, or it expired, was revoked or was used before */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request does not come from the portal’s own pages (Origin, Sec-Fetch-Site) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the refresh cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not come from the portal’s own pages (Origin, Sec-Fetch-Site) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            401: components["responses"]["Problem401"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    AuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    AuthController_listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInSessionDto"][];
                };
            };
            401: components["responses"]["Problem401"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    AuthController_endSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    AuthController_endOtherSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ended: number;
                    };
                };
            };
            401: components["responses"]["Problem401"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "invited" | "active" | "deactivated";
                role?: "school" | "gemeente" | "vereniging" | "wijkpartner" | "planner" | "staff" | "admin";
                /** @description Part of the name or e-mail address */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageUserDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    UsersController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUserDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    UsersController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    UsersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    UsersController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PasswordController_requestReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetDto"];
            };
        };
        responses: {
            /** @description Accepted; an e-mail goes out if the address has an active account */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PasswordController_setPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordDto"];
            };
        };
        responses: {
            /** @description The password is set; the answer holds the address to sign in with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetPasswordResultDto"];
                };
            };
            400: components["responses"]["Problem400"];
            409: components["responses"]["Problem409"];
            /** @description The link was used, replaced by a newer one, or expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationController_listSchools: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the name, the BRIN number or the place */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageSchoolDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationController_getSchool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationController_updateSchool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSchoolDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationController_listMunicipalities: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Also list retired gemeenten */
                includeRetired?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMunicipalityDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationAdminController_createMunicipality: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMunicipalityDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationController_getMunicipality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationAdminController_updateMunicipality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMunicipalityDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationController_listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionDto"][];
                };
            };
            401: components["responses"]["Problem401"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationAdminController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchoolImportDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolImportPreviewDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationAdminController_commit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchoolImportDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolImportResultDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationAdminController_regions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionWithMunicipalitiesDto"][];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationAdminController_createRegion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegionDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationAdminController_retireMunicipality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireMunicipalityDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetireMunicipalityResultDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OrganisationAdminController_setSchoolHolidayRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchoolHolidayRegionDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequesterOrganisationsController_listClubs: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                municipalityId?: string;
                /** @description Part of the name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageSportsClubDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequesterOrganisationsController_createClub: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSportsClubDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SportsClubDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequesterOrganisationsController_getClub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SportsClubDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequesterOrganisationsController_updateClub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSportsClubDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SportsClubDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequesterOrganisationsController_listPartners: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                municipalityId?: string;
                /** @description Part of the name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageNeighbourhoodPartnerDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequesterOrganisationsController_createPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNeighbourhoodPartnerDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeighbourhoodPartnerDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequesterOrganisationsController_getPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeighbourhoodPartnerDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequesterOrganisationsController_updatePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNeighbourhoodPartnerDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeighbourhoodPartnerDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OffersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                type?: "voorlichting" | "klassendialoog" | "schoolspreekuur" | "jongerenrechtbank" | "ouderbijeenkomst" | "halt-jrb";
                topic?: string;
                level?: "po-7-8" | "vo-1-2" | "vo-3-4" | "mbo" | "so-vso";
                /** @description Search in title and description */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfferDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OffersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOfferDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OffersController_topics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            401: components["responses"]["Problem401"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OffersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    OffersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOfferDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    LearningLinesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningLineDto"][];
                };
            };
            401: components["responses"]["Problem401"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    LearningLinesController_progress: {
        parameters: {
            query?: {
                /** @description The school year (default: the current one) */
                schoolYear?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolLearningProgressDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    LearningLinesController_coverage: {
        parameters: {
            query?: {
                /** @description The school year (default: the current one) */
                schoolYear?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningCoverageDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarController_calendar: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolCalendarDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarController_listHolidays: {
        parameters: {
            query?: {
                schoolYear?: string;
                region?: "noord" | "midden" | "zuid";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolHolidayDto"][];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarController_addHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSchoolHolidayDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolHolidayDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarController_holidayCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayCoverageDto"][];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarController_removeHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarController_updateHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSchoolHolidayDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolHolidayDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarController_listClosedDays: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosedDayDto"][];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarController_addClosedDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClosedDayDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosedDayDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarController_removeClosedDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                dayId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_templates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageTemplateDto"][];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_createTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PackageTemplateInputDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageTemplateDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_updateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PackageTemplateInputDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageTemplateDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                year?: number;
                /** @description A programme, or 'none' for packages outside one */
                programme?: "preventie-met-gezag" | "none";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageOrderPageDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePackageOrderDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageOrderDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_results: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageResultsDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_resultsCsv: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageOrderDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePackageOrderDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageOrderDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_ledgerCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_order: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageOrderDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageOrderDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_returnOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageOrderDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalReasonDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageOrderDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalReasonDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageOrderDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendBudgetDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageOrderDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PackagesController_fundingOptions: {
        parameters: {
            query: {
                offerId: string;
                /** @description Number of sessions the request would have */
                sessions?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingOptionDto"][];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    EvaluationFormsController_list: {
        parameters: {
            query?: {
                audience?: "teacher" | "pupil" | "parent";
                offerType?: "voorlichting" | "klassendialoog" | "schoolspreekuur" | "jongerenrechtbank" | "ouderbijeenkomst" | "halt-jrb";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationFormDto"][];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    EvaluationFormsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEvaluationFormDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationFormDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    EvaluationFormsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationFormDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PublicEvaluationsController_byCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEvaluationDto"];
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PublicEvaluationsController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitEvaluationDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitEvaluationResponse"];
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PublicEvaluationsController_byTeacherToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEvaluationDto"];
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PublicEvaluationsController_answerAsTeacher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitEvaluationDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitEvaluationResponse"];
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SessionEvaluationsController_forSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionEvaluationDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SessionEvaluationsController_qr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SessionEvaluationsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportSessionDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySessionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SessionEvaluationsController_mySessions: {
        parameters: {
            query?: {
                /** @description First day (default: 1 January of this year) */
                from?: string;
                /** @description Last day (default: 31 December of this year) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySessionDto"][];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DashboardsController_halt: {
        parameters: {
            query?: {
                /** @description First day (default: 1 January of this year) */
                from?: string;
                /** @description Last day (default: 31 December of this year) */
                to?: string;
                /** @description A programme, or 'none' for work outside one */
                programme?: "preventie-met-gezag" | "none";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HaltDashboardDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DashboardsController_haltCsv: {
        parameters: {
            query?: {
                /** @description First day (default: 1 January of this year) */
                from?: string;
                /** @description Last day (default: 31 December of this year) */
                to?: string;
                /** @description A programme, or 'none' for work outside one */
                programme?: "preventie-met-gezag" | "none";
            };
            header?: never;
            path: {
                table: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DashboardsController_targets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualTargetDto"][];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DashboardsController_setTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAnnualTargetDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualTargetDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DashboardsController_gemeente: {
        parameters: {
            query?: {
                /** @description First day (default: 1 January of this year) */
                from?: string;
                /** @description Last day (default: 31 December of this year) */
                to?: string;
                /** @description A programme, or 'none' for work outside one */
                programme?: "preventie-met-gezag" | "none";
                /** @description Admins: one municipality (default: all) */
                municipalityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GemeenteDashboardDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DashboardsController_gemeenteCsv: {
        parameters: {
            query?: {
                /** @description First day (default: 1 January of this year) */
                from?: string;
                /** @description Last day (default: 31 December of this year) */
                to?: string;
                /** @description A programme, or 'none' for work outside one */
                programme?: "preventie-met-gezag" | "none";
                /** @description Admins: one municipality (default: all) */
                municipalityId?: string;
            };
            header?: never;
            path: {
                table: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DashboardsController_school: {
        parameters: {
            query?: {
                /** @description First day (default: 1 January of this year) */
                from?: string;
                /** @description Last day (default: 31 December of this year) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolDashboardDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DashboardsController_schoolCsv: {
        parameters: {
            query?: {
                /** @description First day (default: 1 January of this year) */
                from?: string;
                /** @description Last day (default: 31 December of this year) */
                to?: string;
            };
            header?: never;
            path: {
                table: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DashboardsController_trendList: {
        parameters: {
            query?: {
                /** @description First day (default: 1 January of this year) */
                from?: string;
                /** @description Last day (default: 31 December of this year) */
                to?: string;
                /** @description Words to search for in the answers */
                q?: string;
                /** @description An offer topic, e.g. 'online' */
                topic?: string;
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendSignalsDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DashboardsController_trendCsv: {
        parameters: {
            query?: {
                /** @description First day (default: 1 January of this year) */
                from?: string;
                /** @description Last day (default: 31 December of this year) */
                to?: string;
                /** @description Words to search for in the answers */
                q?: string;
                /** @description An offer topic, e.g. 'online' */
                topic?: string;
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CouncilReportController_report: {
        parameters: {
            query: {
                /** @description The subsidy year: a calendar year, 2020–2100 */
                year: number;
                /** @description Halt users: the gemeente (a gemeente user: its own) */
                municipalityId?: string;
                /** @description A programme, or 'none' for work outside one */
                programme?: "preventie-met-gezag" | "none";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilReportDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CouncilReportController_pdf: {
        parameters: {
            query: {
                /** @description The subsidy year: a calendar year, 2020–2100 */
                year: number;
                /** @description Halt users: the gemeente (a gemeente user: its own) */
                municipalityId?: string;
                /** @description A programme, or 'none' for work outside one */
                programme?: "preventie-met-gezag" | "none";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequestsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                type?: "voorlichting" | "klassendialoog" | "schoolspreekuur" | "jongerenrechtbank" | "ouderbijeenkomst" | "halt-jrb";
                /** @description Only requests of schools in this region */
                regionId?: string;
                /** @description Urgency: only requests whose first window starts within this many days */
                startsWithinDays?: number;
                status?: "draft" | "submitted" | "awaiting_approval" | "approved" | "planned" | "confirmed" | "change_requested" | "delivered" | "closed" | "rejected" | "cancelled";
                /** @description What needs the planner: `replacement` (a session ahead whose specialist became unavailable), `unstaffed` (a planned session ahead without a specialist), `unplanned` (a session without a date), `week` (a session in the coming seven days) */
                attention?: "replacement" | "unstaffed" | "unplanned" | "escalated" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageBookingRequestSummaryDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequestsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8–128 letters, digits, - or _ */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBookingRequestDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequestsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequestsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelRequestDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequestsController_cancelSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelRequestDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequestsController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveSessionDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequestsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequestsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelRequestDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequestsController_addGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RequestsController_languageNeeds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLanguageNeedsDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SessionsController_deliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliverSessionDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SessionsController_ics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarFeedController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarFeedController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarFeedController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarFeedController_staffStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarFeedController_createStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarFeedController_revokeStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CalendarFeedController_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PlannerTodayController_today: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlannerTodayDto"];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the name, a region or a skill */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageStaffMemberDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_availability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAvailabilityDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_addMyAbsence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAbsenceDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_removeMyAbsence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                absenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_addAbsence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAbsenceDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_removeAbsence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                absenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_candidates: {
        parameters: {
            query: {
                date: string;
                time: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatesDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanSessionDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignStaffDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_unassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingRequestDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_listRuns: {
        parameters: {
            query?: {
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningRunDto"][];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_createRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanningRunDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningRunDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningRunDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    StaffingController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningRunDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PlanningCalendarController_get: {
        parameters: {
            query: {
                /** @description First day (inclusive). */
                from: string;
                /** @description Last day (inclusive), at most 42 days on. */
                to: string;
                /** @description Only this region (one of the planner’s). */
                regionId?: string;
                /** @description Only the sessions of this specialist. */
                staffId?: string;
                /** @description Only the sessions at this school. */
                schoolId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningCalendarDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PlanningCalendarController_unplanned: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only this region (one of the planner’s). */
                regionId?: string;
                /** @description Only the sessions at this school. */
                schoolId?: string;
                /** @description Only the sessions of this request. */
                requestId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageUnplannedSessionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PlanningCalendarController_load: {
        parameters: {
            query: {
                /** @description The specialist. */
                staffId: string;
                /** @description First day (inclusive). */
                from: string;
                /** @description Last day (inclusive), at most 91 days on. */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffLoadDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    MaatwerkController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "submitted" | "intake_planned" | "proposal_sent" | "accepted" | "declined" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMaatwerkQuestionSummaryDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    MaatwerkController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMaatwerkQuestionDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaatwerkQuestionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    MaatwerkController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaatwerkQuestionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    MaatwerkController_planIntake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanIntakeDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaatwerkQuestionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    MaatwerkController_sendProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendProposalDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaatwerkQuestionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    MaatwerkController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaatwerkDecisionDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaatwerkQuestionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    MaatwerkController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaatwerkDecisionDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaatwerkQuestionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    MaatwerkController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaatwerkDecisionDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaatwerkQuestionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RemindersController_listRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderRuleDto"][];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RemindersController_updateRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReminderRuleDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderRuleDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RemindersController_messageLog: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "sending" | "sent" | "failed";
                recipient?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMessageLogDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RemindersController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsDto"];
                };
            };
            401: components["responses"]["Problem401"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RemindersController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsDto"];
                };
            };
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    RemindersController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ParentMeetingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParentMeetingDto"];
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ParentMeetingsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParentRegistrationDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        registered: true;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PrivacyController_personalData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExportDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PrivacyController_personalDataCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PrivacyController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonErasureDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["Problem429"];
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    QueueDashboardController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        url: string;
                        expiresIn: number;
                    };
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DemoController_logins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoLoginsDto"];
                };
            };
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DemoClockController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        offsetDays: number;
                        today: string;
                        now: string;
                    };
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DemoClockController_set: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemoClockDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        offsetDays: number;
                        today: string;
                        now: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
}
