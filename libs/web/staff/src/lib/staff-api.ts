import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CalendarFeedDto,
  CreateAbsenceRequest,
  PlanningCalendarDto,
  StaffLoadDto,
  StaffMemberDto,
  UpdateAvailabilityRequest,
} from '@halt/contracts';
import { firstValueFrom } from 'rxjs';

/** A specialist's calls about themselves: their profile, availability, absences and calendar feed. */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly http = inject(HttpClient);

  me(): Promise<StaffMemberDto> {
    return firstValueFrom(this.http.get<StaffMemberDto>('/api/staff/me'));
  }

  updateAvailability(body: UpdateAvailabilityRequest): Promise<StaffMemberDto> {
    return firstValueFrom(this.http.put<StaffMemberDto>('/api/staff/me/availability', body));
  }

  addAbsence(body: CreateAbsenceRequest): Promise<StaffMemberDto> {
    return firstValueFrom(this.http.post<StaffMemberDto>('/api/staff/me/absences', body));
  }

  removeAbsence(absenceId: string): Promise<StaffMemberDto> {
    return firstValueFrom(this.http.delete<StaffMemberDto>(`/api/staff/me/absences/${encodeURIComponent(absenceId)}`));
  }

  /** Whether the specialist has a feed of their own sessions (its secret URL is shown only when made). */
  calendarFeed(): Promise<CalendarFeedDto> {
    return firstValueFrom(this.http.get<CalendarFeedDto>('/api/staff/me/calendar-feed'));
  }

  /** A new feed URL; the previous one stops working. */
  renewCalendarFeed(): Promise<CalendarFeedDto> {
    return firstValueFrom(this.http.post<CalendarFeedDto>('/api/staff/me/calendar-feed', {}));
  }

  /** The specialist's own sessions from `from` to `to` (at most 42 days), with the travel before each. */
  mySessions(from: string, to: string): Promise<PlanningCalendarDto> {
    const params = new HttpParams().set('from', from).set('to', to);
    return firstValueFrom(this.http.get<PlanningCalendarDto>('/api/planning/calendar', { params }));
  }

  /** The specialist's own load per week (sessions and travel) against the contract hours. */
  myLoad(staffId: string, from: string, to: string): Promise<StaffLoadDto> {
    const params = new HttpParams().set('staffId', staffId).set('from', from).set('to', to);
    return firstValueFrom(this.http.get<StaffLoadDto>('/api/planning/staff-load', { params }));
  }

  revokeCalendarFeed(): Promise<void> {
    return firstValueFrom(this.http.delete<void>('/api/staff/me/calendar-feed'));
  }
}
