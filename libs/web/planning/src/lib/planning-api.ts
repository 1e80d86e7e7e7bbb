import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AssignStaffRequest,
  BookingRequestDto,
  BookingRequestSummaryDto,
  CandidatesDto,
  CreateAbsenceRequest,
  CreatePlanningRunRequest,
  OfferType,
  Page,
  PlanningCalendarDto,
  StaffLoadDto,
  PlanningRunDto,
  PlanSessionRequest,
  RequestAttention,
  RequestState,
  UpdateLanguageNeedsRequest,
  StaffMemberDto,
  UnplannedSessionDto,
  UpdateStaffRequest,
} from '@halt/contracts';
import { allPages } from '@halt/web/core';
import { firstValueFrom } from 'rxjs';

export interface InboxFilter {
  status?: RequestState;
  type?: OfferType;
  startsWithinDays?: number;
  attention?: RequestAttention;
  page?: number;
}

const id = (value: string) => encodeURIComponent(value);

/**
 * The planner's calls: the inbox, a request, planning a session by hand, matching staff to a session, the
 * auto-planner's runs and the staff profiles of the planner's regions.
 */
@Injectable({ providedIn: 'root' })
export class PlanningApi {
  private readonly http = inject(HttpClient);

  /** One page (50) of the inbox, newest first, with the total. */
  inbox(filter: InboxFilter): Promise<Page<BookingRequestSummaryDto>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(filter))
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    return firstValueFrom(this.http.get<Page<BookingRequestSummaryDto>>('/api/requests', { params }));
  }

  request(requestId: string): Promise<BookingRequestDto> {
    return firstValueFrom(this.http.get<BookingRequestDto>(`/api/requests/${id(requestId)}`));
  }

  /** "Tolk geregeld" and the online parent meeting's link; 400 naming the field when the request does not ask for it. */
  updateLanguageNeeds(requestId: string, body: UpdateLanguageNeedsRequest): Promise<BookingRequestDto> {
    return firstValueFrom(this.http.patch<BookingRequestDto>(`/api/requests/${id(requestId)}/language-needs`, body));
  }

  plan(sessionId: string, body: PlanSessionRequest): Promise<BookingRequestDto> {
    return firstValueFrom(this.http.patch<BookingRequestDto>(`/api/sessions/${id(sessionId)}/plan`, body));
  }

  /** Who can take a session at a date (YYYY-MM-DD) and start time (HH:mm), best first, and who cannot and why. */
  candidates(sessionId: string, date: string, time: string, limit?: number): Promise<CandidatesDto> {
    let params = new HttpParams().set('date', date).set('time', time);
    if (limit) params = params.set('limit', limit);
    return firstValueFrom(this.http.get<CandidatesDto>(`/api/sessions/${id(sessionId)}/candidates`, { params }));
  }

  /** Puts staff on a planned session; 409 when a specialist is double-booked or a rule is broken. */
  assignStaff(sessionId: string, body: AssignStaffRequest): Promise<BookingRequestDto> {
    return firstValueFrom(this.http.put<BookingRequestDto>(`/api/sessions/${id(sessionId)}/staff`, body));
  }

  unassignStaff(sessionId: string): Promise<BookingRequestDto> {
    return firstValueFrom(this.http.delete<BookingRequestDto>(`/api/sessions/${id(sessionId)}/staff`));
  }

  startRun(body: CreatePlanningRunRequest): Promise<PlanningRunDto> {
    return firstValueFrom(this.http.post<PlanningRunDto>('/api/planning-runs', body));
  }

  run(runId: string): Promise<PlanningRunDto> {
    return firstValueFrom(this.http.get<PlanningRunDto>(`/api/planning-runs/${id(runId)}`));
  }

  runs(regionId?: string): Promise<PlanningRunDto[]> {
    const params = regionId ? new HttpParams().set('regionId', regionId) : undefined;
    return firstValueFrom(this.http.get<PlanningRunDto[]>('/api/planning-runs', { params }));
  }

  /** Applies a proposal; 409 with the conflicts when the plan changed meanwhile (then nothing is applied). */
  applyRun(runId: string): Promise<PlanningRunDto> {
    return firstValueFrom(this.http.post<PlanningRunDto>(`/api/planning-runs/${id(runId)}/apply`, null));
  }

  /** One page (50) of the specialists, by name, with the total; `q` searches name, regions and skills. */
  staff(query: { q?: string; page?: number } = {}): Promise<Page<StaffMemberDto>> {
    let params = new HttpParams().set('page', query.page ?? 1);
    if (query.q) params = params.set('q', query.q);
    return firstValueFrom(this.http.get<Page<StaffMemberDto>>('/api/staff', { params }));
  }

  /** Every specialist the planner may see, page after page. */
  allStaff(): Promise<StaffMemberDto[]> {
    return allPages((page) => this.staff({ page }));
  }

  staffMember(staffId: string): Promise<StaffMemberDto> {
    return firstValueFrom(this.http.get<StaffMemberDto>(`/api/staff/${id(staffId)}`));
  }

  updateStaff(staffId: string, body: UpdateStaffRequest): Promise<StaffMemberDto> {
    return firstValueFrom(this.http.patch<StaffMemberDto>(`/api/staff/${id(staffId)}`, body));
  }

  addAbsence(staffId: string, body: CreateAbsenceRequest): Promise<StaffMemberDto> {
    return firstValueFrom(this.http.post<StaffMemberDto>(`/api/staff/${id(staffId)}/absences`, body));
  }

  /** The planned sessions from `from` to `to` (at most 42 days), optionally of one specialist or school. */
  calendar(query: { from: string; to: string; staffId?: string; schoolId?: string }): Promise<PlanningCalendarDto> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) if (value) params = params.set(key, value);
    return firstValueFrom(this.http.get<PlanningCalendarDto>('/api/planning/calendar', { params }));
  }

  /** A specialist's load per week from `from` to `to` (at most 91 days), against the contract hours. */
  staffLoad(staffId: string, from: string, to: string): Promise<StaffLoadDto> {
    const params = new HttpParams().set('staffId', staffId).set('from', from).set('to', to);
    return firstValueFrom(this.http.get<StaffLoadDto>('/api/planning/staff-load', { params }));
  }

  /** One page (50) of the sessions still waiting for a date, by their first window day, with the total. */
  unplanned(query: { page?: number; schoolId?: string; requestId?: string } = {}): Promise<Page<UnplannedSessionDto>> {
    let params = new HttpParams().set('page', query.page ?? 1);
    if (query.schoolId) params = params.set('schoolId', query.schoolId);
    if (query.requestId) params = params.set('requestId', query.requestId);
    return firstValueFrom(this.http.get<Page<UnplannedSessionDto>>('/api/planning/unplanned-sessions', { params }));
  }

  removeAbsence(staffId: string, absenceId: string): Promise<StaffMemberDto> {
    return firstValueFrom(this.http.delete<StaffMemberDto>(`/api/staff/${id(staffId)}/absences/${id(absenceId)}`));
  }
}
