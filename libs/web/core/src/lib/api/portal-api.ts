import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AuditAction,
  AuditEventDto,
  DemoLoginsDto,
  HolidayCoverageDto,
  MunicipalityDto,
  OfferDto,
  OfferQuery,
  Page,
  PlannerTodayDto,
  RegionDto,
  SchoolDto,
  UpdateSchoolRequest,
  UserDto,
} from '@halt/contracts';
import { firstValueFrom } from 'rxjs';
import { allPages } from './all-pages';

export interface AuditFilter {
  page: number;
  pageSize: number;
  entity?: string;
  action?: AuditAction;
}

/** Typed calls to the portal's API (same origin, /api). */
@Injectable({ providedIn: 'root' })
export class PortalApi {
  private readonly http = inject(HttpClient);

  /** What needs the planner today: counts in their regions that match the inbox's filters. */
  plannerToday(): Promise<PlannerTodayDto> {
    return firstValueFrom(this.http.get<PlannerTodayDto>('/api/planner/today'));
  }

  demoLogins(): Promise<DemoLoginsDto> {
    return firstValueFrom(this.http.get<DemoLoginsDto>('/api/public/demo-logins'));
  }

  /** Every offer that matches, page after page (the API gives at most 50 a page; the catalogue is a few dozen). */
  offers(query: OfferQuery): Promise<OfferDto[]> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) if (value) params = params.set(key, value);
    return allPages((page) =>
      firstValueFrom(this.http.get<Page<OfferDto>>('/api/offers', { params: params.set('page', page) })),
    );
  }

  offer(id: string): Promise<OfferDto> {
    return firstValueFrom(this.http.get<OfferDto>(`/api/offers/${encodeURIComponent(id)}`));
  }

  offerTopics(): Promise<string[]> {
    return firstValueFrom(this.http.get<string[]>('/api/offers/topics'));
  }

  /** One page (50) of the schools the user may see, by name, with the total. */
  schools(page = 1): Promise<Page<SchoolDto>> {
    return firstValueFrom(this.http.get<Page<SchoolDto>>('/api/schools', { params: { page } }));
  }

  /** Every school the user may see, page after page (a gemeente's own schools, to choose from). */
  allSchools(): Promise<SchoolDto[]> {
    return allPages((page) => this.schools(page));
  }

  /** The current and next school year, each with the holiday regions that have no holidays on record. */
  holidayCoverage(): Promise<HolidayCoverageDto[]> {
    return firstValueFrom(this.http.get<HolidayCoverageDto[]>('/api/school-holidays/coverage'));
  }

  school(id: string): Promise<SchoolDto> {
    return firstValueFrom(this.http.get<SchoolDto>(`/api/schools/${encodeURIComponent(id)}`));
  }

  updateSchool(id: string, changes: UpdateSchoolRequest): Promise<SchoolDto> {
    return firstValueFrom(this.http.patch<SchoolDto>(`/api/schools/${encodeURIComponent(id)}`, changes));
  }

  /** One page (50) of the gemeenten the user may see, by name, with the total. */
  municipalities(page = 1): Promise<Page<MunicipalityDto>> {
    return firstValueFrom(this.http.get<Page<MunicipalityDto>>('/api/municipalities', { params: { page } }));
  }

  /** Every gemeente the user may see, page after page (to choose from). */
  allMunicipalities(): Promise<MunicipalityDto[]> {
    return allPages((page) => this.municipalities(page));
  }

  regions(): Promise<RegionDto[]> {
    return firstValueFrom(this.http.get<RegionDto[]>('/api/regions'));
  }

  users(page: number, pageSize: number): Promise<Page<UserDto>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return firstValueFrom(this.http.get<Page<UserDto>>('/api/users', { params }));
  }

  auditEvents(filter: AuditFilter): Promise<Page<AuditEventDto>> {
    let params = new HttpParams().set('page', filter.page).set('pageSize', filter.pageSize);
    if (filter.entity) params = params.set('entity', filter.entity);
    if (filter.action) params = params.set('action', filter.action);
    return firstValueFrom(this.http.get<Page<AuditEventDto>>('/api/audit-events', { params }));
  }
}
