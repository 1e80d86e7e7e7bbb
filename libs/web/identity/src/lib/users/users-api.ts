import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AccountStatus,
  InviteUserRequest,
  Page,
  Role,
  SetPasswordResultDto,
  UpdateUserRequest,
  UserDto,
} from '@halt/contracts';
import { firstValueFrom } from 'rxjs';

export interface UserFilter {
  page: number;
  pageSize: number;
  status?: AccountStatus;
  role?: Role;
  q?: string;
}

/** Accounts: the users page (admins, main contacts) and the public password pages. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  /** Sportverenigingen and wijkpartners to invite a contact for (admins; the first page of 50, by name). */
  async requesterOrganisations(
    kind: 'sports-clubs' | 'neighbourhood-partners',
  ): Promise<{ id: string; name: string }[]> {
    return (await firstValueFrom(this.http.get<Page<{ id: string; name: string }>>(`/api/${kind}`))).items;
  }

  list(filter: UserFilter): Promise<Page<UserDto>> {
    let params = new HttpParams().set('page', filter.page).set('pageSize', filter.pageSize);
    if (filter.status) params = params.set('status', filter.status);
    if (filter.role) params = params.set('role', filter.role);
    if (filter.q) params = params.set('q', filter.q);
    return firstValueFrom(this.http.get<Page<UserDto>>('/api/users', { params }));
  }

  invite(body: InviteUserRequest): Promise<UserDto> {
    return firstValueFrom(this.http.post<UserDto>('/api/users', body));
  }

  update(id: string, body: UpdateUserRequest): Promise<UserDto> {
    return firstValueFrom(this.http.patch<UserDto>(`/api/users/${encodeURIComponent(id)}`, body));
  }

  /** `invitation` (send again), `deactivate` or `reactivate`. */
  act(id: string, action: 'invitation' | 'deactivate' | 'reactivate'): Promise<UserDto> {
    return firstValueFrom(this.http.post<UserDto>(`/api/users/${encodeURIComponent(id)}/${action}`, null));
  }

  /** Always 202, whether or not the address has an account. */
  requestReset(email: string): Promise<void> {
    return firstValueFrom(this.http.post<void>('/api/auth/password-reset', { email }));
  }

  setPassword(token: string, password: string): Promise<SetPasswordResultDto> {
    return firstValueFrom(this.http.post<SetPasswordResultDto>('/api/auth/set-password', { token, password }));
  }
}
