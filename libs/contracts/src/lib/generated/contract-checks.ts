import type {
  AmendBudgetRequest,
  ApiErrorBody,
  FieldError,
  AssignStaffRequest,
  CancelRequest,
  ContactInput,
  CreateAbsenceRequest,
  CreateBookingRequest,
  CreateEvaluationFormRequest,
  CreateOfferRequest,
  CreatePlanningRunRequest,
  DateWindowInput,
  DeliverSessionRequest,
  LanguageNeedsInput,
  LoginRequest,
  MoveSessionRequest,
  PlanSessionRequest,
  ReasonRequest,
  ReportSessionRequest,
  RequestGroupInput,
  SeriesInput,
  SubmitEvaluationRequest,
  UpdateAnnualTargetRequest,
  UpdateAvailabilityRequest,
  UpdateOfferRequest,
  UpdateReminderRuleRequest,
  UpdateSchoolRequest,
  UpdateStaffRequest,
} from '../../index';
import type { components } from './openapi';

/**
 * Compile-time checks of the hand-written contract types against the types generated from the API's OpenAPI
 * document (`openapi.d.ts`): what the web app sends must be what the API declares it accepts. A DTO change
 * that breaks the web app fails `tsc -p tsconfig.node.json` (the typecheck step), before anything runs.
 */
type Schema = components['schemas'];
type Sends<Web, Api> = [Web] extends [Api] ? true : false;
type Expect<T extends true> = T;

export type WebRequestsMatchTheApi = [
  Expect<Sends<LoginRequest, Schema['LoginDto']>>,
  Expect<Sends<UpdateSchoolRequest, Schema['UpdateSchoolDto']>>,
  Expect<Sends<CreateOfferRequest, Schema['CreateOfferDto']>>,
  Expect<Sends<UpdateOfferRequest, Schema['UpdateOfferDto']>>,
  Expect<Sends<AmendBudgetRequest, Schema['AmendBudgetDto']>>,
  Expect<Sends<ReasonRequest, Schema['ReasonDto']>>,
  Expect<Sends<CreateEvaluationFormRequest, Schema['CreateEvaluationFormDto']>>,
  Expect<Sends<SubmitEvaluationRequest, Schema['SubmitEvaluationDto']>>,
  Expect<Sends<ReportSessionRequest, Schema['ReportSessionDto']>>,
  Expect<Sends<UpdateAnnualTargetRequest, Schema['UpdateAnnualTargetDto']>>,
  Expect<Sends<CreateBookingRequest, Schema['CreateBookingRequestDto']>>,
  Expect<Sends<RequestGroupInput, Schema['GroupDto']>>,
  Expect<Sends<DateWindowInput, Schema['WindowDto']>>,
  Expect<Sends<SeriesInput, Schema['SeriesDto']>>,
  Expect<Sends<ContactInput, Schema['ContactDto']>>,
  Expect<Sends<LanguageNeedsInput, Schema['LanguageNeedsDto']>>,
  Expect<Sends<CancelRequest, Schema['CancelRequestDto']>>,
  Expect<Sends<MoveSessionRequest, Schema['MoveSessionDto']>>,
  Expect<Sends<PlanSessionRequest, Schema['PlanSessionDto']>>,
  Expect<Sends<DeliverSessionRequest, Schema['DeliverSessionDto']>>,
  Expect<Sends<UpdateStaffRequest, Schema['UpdateStaffDto']>>,
  Expect<Sends<UpdateAvailabilityRequest, Schema['UpdateAvailabilityDto']>>,
  Expect<Sends<CreateAbsenceRequest, Schema['CreateAbsenceDto']>>,
  Expect<Sends<AssignStaffRequest, Schema['AssignStaffDto']>>,
  Expect<Sends<CreatePlanningRunRequest, Schema['CreatePlanningRunDto']>>,
  Expect<Sends<UpdateReminderRuleRequest, Schema['UpdateReminderRuleDto']>>,
];

/** The error body the web app reads (`apiError`) is exactly the document's problem details, both ways. */
export type ErrorsMatchTheApi = [
  Expect<Sends<ApiErrorBody, Schema['Problem']>>,
  Expect<Sends<Schema['Problem'], ApiErrorBody>>,
  Expect<Sends<FieldError, Schema['FieldError']>>,
  Expect<Sends<Schema['FieldError'], FieldError>>,
];
