import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { PersonErasureDto, SignInSessionDto } from '@halt/contracts';
import { firstValueFrom } from 'rxjs';

/** The signed-in user's own sessions: where they are signed in, and ending them. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  sessions(): Promise<SignInSessionDto[]> {
    return firstValueFrom(this.http.get<SignInSessionDto[]>('/api/auth/sessions'));
  }

  /** Ends one session at once: its tokens stop working. A 404 when it is not (or no longer) the user's open session. */
  endSession(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/auth/sessions/${encodeURIComponent(id)}`));
  }

  /** A person's data as the API exports it (their own, or anyone's for an admin), as text to save. */
  personalData(userId: string, format: 'json' | 'csv'): Promise<string> {
    const path = `/api/users/${encodeURIComponent(userId)}/personal-data${format === 'csv' ? '.csv' : ''}`;
    return firstValueFrom(this.http.get(path, { responseType: 'text' }));
  }

  /** Erasure on request (admins): pseudonymises the person everywhere; a 409 names what blocks it. */
  erase(userId: string): Promise<PersonErasureDto> {
    return firstValueFrom(this.http.post<PersonErasureDto>(`/api/users/${encodeURIComponent(userId)}/erasure`, null));
  }

  /** Ends every session except this one; returns how many. */
  endOthers(): Promise<{ ended: number }> {
    return firstValueFrom(this.http.post<{ ended: number }>('/api/auth/sessions/end-others', null));
  }
}
