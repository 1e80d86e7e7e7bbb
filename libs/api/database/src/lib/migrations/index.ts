import { Foundation1764316800000 } from './1764316800000-foundation';
import { OfferCatalogue1764403200000 } from './1764403200000-offer-catalogue';
import { SchoolCalendar1764489600000 } from './1764489600000-school-calendar';
import { BookingRequests1764576000000 } from './1764576000000-booking-requests';
import { CalendarFeeds1764662400000 } from './1764662400000-calendar-feeds';
import { RequestChanges1764748800000 } from './1764748800000-request-changes';
import { Packages1764835200000 } from './1764835200000-packages';
import { StaffAndAssignments1764921600000 } from './1764921600000-staff-and-assignments';
import { Reminders1765008000000 } from './1765008000000-reminders';
import { ParentRegistrations1765094400000 } from './1765094400000-parent-registrations';
import { RequestReminders1765180800000 } from './1765180800000-request-reminders';
import { Evaluations1765267200000 } from './1765267200000-evaluations';
import { WritePath1765353600000 } from './1765353600000-write-path';
import { AuthSessions1765440000000 } from './1765440000000-auth-sessions';
import { RateLimitCounters1765526400000 } from './1765526400000-rate-limit-counters';
import { Accounts1765612800000 } from './1765612800000-accounts';
import { OrganisationAdmin1765699200000 } from './1765699200000-organisation-admin';
import { NextSchoolYearHolidays1765785600000 } from './1765785600000-school-holidays-2027-2028';
import { Privacy1765872000000 } from './1765872000000-privacy';
import { AbsenceConsequences1765958400000 } from './1765958400000-absence-consequences';
import { LanguageNeedsAndStaffFeeds1765958400001 } from './1765958400001-language-needs-and-staff-feeds';
import { Requesters1766044800000 } from './1766044800000-requesters';
import { MaatwerkQuestions1766131200000 } from './1766131200000-maatwerk-questions';
import { LearningLines1766217600000 } from './1766217600000-learning-lines';
import { PreventieMetGezag1766304000000 } from './1766304000000-preventie-met-gezag';
import { ReadIndexes1766390400000 } from './1766390400000-read-indexes';
import { MessageRetention1766563200000 } from './1766563200000-message-retention';

/** Every migration, in order. The same list runs on the embedded PostgreSQL 17 and on PostgreSQL 15/17 servers. */
export const MIGRATIONS = [
  Foundation1764316800000,
  OfferCatalogue1764403200000,
  SchoolCalendar1764489600000,
  BookingRequests1764576000000,
  CalendarFeeds1764662400000,
  RequestChanges1764748800000,
  Packages1764835200000,
  StaffAndAssignments1764921600000,
  Reminders1765008000000,
  ParentRegistrations1765094400000,
  RequestReminders1765180800000,
  Evaluations1765267200000,
  WritePath1765353600000,
  AuthSessions1765440000000,
  RateLimitCounters1765526400000,
  Accounts1765612800000,
  OrganisationAdmin1765699200000,
  NextSchoolYearHolidays1765785600000,
  Privacy1765872000000,
  AbsenceConsequences1765958400000,
  LanguageNeedsAndStaffFeeds1765958400001,
  Requesters1766044800000,
  MaatwerkQuestions1766131200000,
  LearningLines1766217600000,
  PreventieMetGezag1766304000000,
  ReadIndexes1766390400000,
  MessageRetention1766563200000,
];
