import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DashboardPeriod, MySessionDto, ReportSessionRequest, SessionEvaluationDto } from '@halt/contracts';
import { firstValueFrom } from 'rxjs';

const session = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

/** A specialist's sessions: the list, reporting one, and its evaluation (class code, QR code). */
@Injectable({ providedIn: 'root' })
export class MySessionsApi {
  private readonly http = inject(HttpClient);

  list(period: DashboardPeriod): Promise<MySessionDto[]> {
    return firstValueFrom(
      this.http.get<MySessionDto[]>('/api/staff/me/sessions', { params: { from: period.from, to: period.to } }),
    );
  }

  report(sessionId: string, body: ReportSessionRequest): Promise<MySessionDto> {
    return firstValueFrom(this.http.post<MySessionDto>(`${session(sessionId)}/report`, body));
  }

  evaluation(sessionId: string): Promise<SessionEvaluationDto> {
    return firstValueFrom(this.http.get<SessionEvaluationDto>(`${session(sessionId)}/evaluation`));
  }

  /** The QR code (SVG) of the class code. Needs the sign-in header, so it is fetched, not linked. */
  qrCode(sessionId: string): Promise<string> {
    return firstValueFrom(this.http.get(`${session(sessionId)}/evaluation/qr.svg`, { responseType: 'text' }));
  }
}
