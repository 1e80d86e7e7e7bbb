import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  BookingRequestDto,
  BookingRequestSummaryDto,
  OfferType,
  PlanSessionRequest,
  RequestState,
} from '@halt/contracts';
import { firstValueFrom } from 'rxjs';

export interface InboxFilter {
  status?: RequestState;
  type?: OfferType;
  startsWithinDays?: number;
}

/** The planner's calls: the inbox, a request, and planning a session by hand. */
@Injectable({ providedIn: 'root' })
export class PlanningApi {
  private readonly http = inject(HttpClient);

  inbox(filter: InboxFilter): Promise<BookingRequestSummaryDto[]> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(filter))
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    return firstValueFrom(this.http.get<BookingRequestSummaryDto[]>('/api/requests', { params }));
  }

  request(id: string): Promise<BookingRequestDto> {
    return firstValueFrom(this.http.get<BookingRequestDto>(`/api/requests/${encodeURIComponent(id)}`));
  }

  plan(sessionId: string, body: PlanSessionRequest): Promise<BookingRequestDto> {
    return firstValueFrom(
      this.http.patch<BookingRequestDto>(`/api/sessions/${encodeURIComponent(sessionId)}/plan`, body),
    );
  }
}
