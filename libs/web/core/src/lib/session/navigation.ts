import type { MeDto, Role } from '@halt/contracts';
import type { TranslationKey } from '../i18n/nl';

export interface NavItem {
  path: string;
  label: TranslationKey;
  /** Active only on exactly this path (a home), not on the pages below it. */
  exact: boolean;
}

/** The main navigation of each role. */
export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  school: [
    { path: '/school', label: 'nav.mySchool', exact: true },
    { path: '/school/aanbod', label: 'nav.catalogue', exact: false },
    { path: '/school/aanvragen', label: 'nav.requests', exact: false },
    { path: '/school/maatwerk', label: 'nav.maatwerk', exact: false },
    { path: '/school/leerlijnen', label: 'nav.learningLines', exact: false },
    { path: '/school/agenda', label: 'nav.calendarFeed', exact: false },
    { path: '/school/resultaten', label: 'nav.schoolResults', exact: false },
  ],
  gemeente: [
    { path: '/gemeente', label: 'role.gemeente', exact: true },
    { path: '/gemeente/pakketten', label: 'nav.packages', exact: false },
    { path: '/gemeente/goedkeuren', label: 'nav.approvals', exact: false },
    { path: '/gemeente/maatwerk', label: 'nav.maatwerk', exact: false },
    { path: '/gemeente/resultaten', label: 'nav.results', exact: false },
    { path: '/gemeente/dashboard', label: 'nav.dashboard', exact: false },
    { path: '/gemeente/raadsrapportage', label: 'nav.councilReport', exact: false },
    { path: '/gemeente/leerlijnen', label: 'nav.learningLines', exact: false },
  ],
  vereniging: [{ path: '/vereniging', label: 'nav.myClub', exact: true }],
  wijkpartner: [{ path: '/wijkpartner', label: 'nav.myPartner', exact: true }],
  planner: [
    { path: '/planner', label: 'role.planner', exact: true },
    { path: '/planner/aanvragen', label: 'nav.plannerInbox', exact: false },
    { path: '/planner/maatwerk', label: 'nav.maatwerkInbox', exact: false },
    { path: '/planner/agenda', label: 'nav.calendar', exact: false },
    { path: '/planner/automatisch', label: 'nav.autoplan', exact: false },
    { path: '/planner/medewerkers', label: 'nav.staffMembers', exact: false },
    { path: '/planner/dashboard', label: 'nav.dashboard', exact: false },
    { path: '/planner/raadsrapportage', label: 'nav.councilReport', exact: false },
    { path: '/planner/trends', label: 'nav.trends', exact: false },
  ],
  staff: [
    { path: '/medewerker', label: 'role.staff', exact: true },
    { path: '/medewerker/agenda', label: 'nav.myAgenda', exact: false },
    { path: '/medewerker/sessies', label: 'nav.mySessions', exact: false },
    { path: '/medewerker/beschikbaarheid', label: 'nav.availability', exact: false },
  ],
  admin: [
    { path: '/beheer', label: 'role.admin', exact: true },
    { path: '/beheer/pakketten', label: 'nav.packages', exact: false },
    { path: '/beheer/aanbod', label: 'nav.offerAdmin', exact: false },
    { path: '/beheer/standaardpakketten', label: 'nav.templateAdmin', exact: false },
    { path: '/beheer/schoolvakanties', label: 'nav.holidayAdmin', exact: false },
    { path: '/beheer/herinneringen', label: 'nav.reminders', exact: false },
    { path: '/beheer/berichten', label: 'nav.messages', exact: false },
    { path: '/beheer/gebruikers', label: 'nav.users', exact: false },
    { path: '/beheer/scholen-importeren', label: 'nav.schoolImport', exact: false },
    { path: '/beheer/verenigingen', label: 'nav.requesterAdmin', exact: false },
    { path: '/beheer/regios', label: 'nav.regions', exact: false },
    { path: '/beheer/dashboard', label: 'nav.dashboard', exact: false },
    { path: '/beheer/raadsrapportage', label: 'nav.councilReport', exact: false },
    { path: '/beheer/trends', label: 'nav.trends', exact: false },
    { path: '/beheer/evaluatieformulieren', label: 'nav.evaluationForms', exact: false },
  ],
};

/**
 * A user's navigation: their role's, and for the main contact of a school, gemeente, sportvereniging or wijkpartner
 * also its users page.
 */
export function navFor(user: Pick<MeDto, 'role' | 'mainContact'>): NavItem[] {
  const items = NAV_BY_ROLE[user.role];
  if (!user.mainContact || !['school', 'gemeente', 'vereniging', 'wijkpartner'].includes(user.role)) return items;
  return [...items, { path: `/${user.role}/gebruikers`, label: 'nav.users', exact: false }];
}
