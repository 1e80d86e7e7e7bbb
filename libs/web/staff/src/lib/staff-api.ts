import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CalendarFeedDto, CreateAbsenceRequest, StaffMemberDto, UpdateAvailabilityRequest } from '@halt/contracts';
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

  revokeCalendarFeed(): Promise<void> {
    return firstValueFrom(this.http.delete<void>('/api/staff/me/calendar-feed'));
  }
}
