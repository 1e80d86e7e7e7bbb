import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  BookingRequestDto,
  BookingRequestSummaryDto,
  Page,
  CalendarFeedDto,
  CreateBookingRequest,
  FundingOptionDto,
  MoveSessionRequest,
  RequestGroupInput,
  SchoolCalendarDto,
} from '@halt/contracts';
import { firstValueFrom } from 'rxjs';

/** The school's own requests. */
@Injectable({ providedIn: 'root' })
export class RequestsApi {
  private readonly http = inject(HttpClient);

  /** One page (50) of the school's requests, newest first, with the total. */
  list(page = 1): Promise<Page<BookingRequestSummaryDto>> {
    return firstValueFrom(this.http.get<Page<BookingRequestSummaryDto>>('/api/requests', { params: { page } }));
  }

  get(id: string): Promise<BookingRequestDto> {
    return firstValueFrom(this.http.get<BookingRequestDto>(`/api/requests/${encodeURIComponent(id)}`));
  }

  /** Submits a request; the same key on a retry returns the first result instead of a second request. */
  create(body: CreateBookingRequest, idempotencyKey: string): Promise<BookingRequestDto> {
    return firstValueFrom(
      this.http.post<BookingRequestDto>('/api/requests', body, { headers: { 'Idempotency-Key': idempotencyKey } }),
    );
  }

  move(id: string, body: MoveSessionRequest): Promise<BookingRequestDto> {
    return firstValueFrom(this.http.post<BookingRequestDto>(`/api/requests/${encodeURIComponent(id)}/move`, body));
  }

  addGroup(id: string, group: RequestGroupInput): Promise<BookingRequestDto> {
    return firstValueFrom(this.http.post<BookingRequestDto>(`/api/requests/${encodeURIComponent(id)}/groups`, group));
  }

  /** The school's days between two dates, each with whether Halt can come and why not. */
  calendar(schoolId: string, from: string, to: string): Promise<SchoolCalendarDto> {
    return firstValueFrom(
      this.http.get<SchoolCalendarDto>(`/api/schools/${encodeURIComponent(schoolId)}/calendar`, {
        params: { from, to },
      }),
    );
  }

  /** Gemeente packages the school may draw on for an offer, and whether they cover `sessions` sessions. */
  fundingOptions(schoolId: string, offerId: string, sessions: number): Promise<FundingOptionDto[]> {
    return firstValueFrom(
      this.http.get<FundingOptionDto[]>(`/api/schools/${encodeURIComponent(schoolId)}/funding-options`, {
        params: { offerId, sessions },
      }),
    );
  }

  calendarFeed(schoolId: string): Promise<CalendarFeedDto> {
    return firstValueFrom(this.http.get<CalendarFeedDto>(this.feedUrl(schoolId)));
  }

  /** Makes a new feed address; an earlier one stops working. */
  renewCalendarFeed(schoolId: string): Promise<CalendarFeedDto> {
    return firstValueFrom(this.http.post<CalendarFeedDto>(this.feedUrl(schoolId), null));
  }

  revokeCalendarFeed(schoolId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(this.feedUrl(schoolId)));
  }

  cancel(id: string, reason: string): Promise<BookingRequestDto> {
    return firstValueFrom(
      this.http.post<BookingRequestDto>(`/api/requests/${encodeURIComponent(id)}/cancel`, { reason }),
    );
  }

  /** The session's calendar file; fetched with the access token, so it cannot be a plain link. */
  calendarFile(sessionId: string): Promise<string> {
    return firstValueFrom(
      this.http.get(`/api/sessions/${encodeURIComponent(sessionId)}/calendar.ics`, { responseType: 'text' }),
    );
  }

  private feedUrl(schoolId: string): string {
    return `/api/schools/${encodeURIComponent(schoolId)}/calendar-feed`;
  }
}
