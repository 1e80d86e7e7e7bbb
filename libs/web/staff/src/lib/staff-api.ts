import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateAbsenceRequest, StaffMemberDto, UpdateAvailabilityRequest } from '@halt/contracts';
import { firstValueFrom } from 'rxjs';

/** A specialist's calls about themselves: their profile, availability and absences. */
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
}
