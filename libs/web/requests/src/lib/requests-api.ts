import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { BookingRequestDto, BookingRequestSummaryDto } from '@halt/contracts';
import { firstValueFrom } from 'rxjs';

/** The school's own requests. */
@Injectable({ providedIn: 'root' })
export class RequestsApi {
  private readonly http = inject(HttpClient);

  list(): Promise<BookingRequestSummaryDto[]> {
    return firstValueFrom(this.http.get<BookingRequestSummaryDto[]>('/api/requests'));
  }

  get(id: string): Promise<BookingRequestDto> {
    return firstValueFrom(this.http.get<BookingRequestDto>(`/api/requests/${encodeURIComponent(id)}`));
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
}
