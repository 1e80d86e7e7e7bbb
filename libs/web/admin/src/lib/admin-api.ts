import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateMunicipalityRequest,
  CreateOfferRequest,
  CreateRegionRequest,
  HolidayRegion,
  MessageLogDto,
  MunicipalityDto,
  OfferDto,
  PackageTemplateDto,
  PackageTemplateInput,
  Page,
  RegionDto,
  RegionWithMunicipalitiesDto,
  ReminderRuleDto,
  RetireMunicipalityRequest,
  RetireMunicipalityResultDto,
  SchoolDto,
  SchoolHolidayDto,
  SchoolHolidayName,
  SchoolImportPreviewDto,
  SchoolImportRequest,
  SchoolImportResultDto,
  UpdateMunicipalityRequest,
  UpdateOfferRequest,
  UpdateReminderRuleRequest,
} from '@halt/contracts';
import { firstValueFrom } from 'rxjs';

export interface MessageLogFilter {
  status?: MessageLogDto['status'];
  recipient?: string;
  page: number;
}

/** Halt's administrators: reminder rules, the message log and the queue dashboard's ticket. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  reminderRules(): Promise<ReminderRuleDto[]> {
    return firstValueFrom(this.http.get<ReminderRuleDto[]>('/api/reminder-rules'));
  }

  /** Applies to reminders scheduled from now on; a 400 names each wrong field. */
  updateReminderRule(kind: string, body: UpdateReminderRuleRequest): Promise<ReminderRuleDto> {
    return firstValueFrom(this.http.put<ReminderRuleDto>(`/api/reminder-rules/${encodeURIComponent(kind)}`, body));
  }

  /** One page (50) of the message log, newest first, with the total. */
  messageLog(filter: MessageLogFilter): Promise<Page<MessageLogDto>> {
    let params = new HttpParams().set('page', filter.page);
    if (filter.status) params = params.set('status', filter.status);
    if (filter.recipient) params = params.set('recipient', filter.recipient);
    return firstValueFrom(this.http.get<Page<MessageLogDto>>('/api/message-log', { params }));
  }

  /**
   * The queue dashboard is a server page the browser opens without the bearer token: this asks for a
   * 15-minute ticket, which the API sets as a cookie valid on the dashboard's path only.
   */
  queueDashboardTicket(): Promise<{ url: string; expiresIn: number }> {
    return firstValueFrom(this.http.post<{ url: string; expiresIn: number }>('/api/admin/queue-dashboard', null));
  }

  /** One page (50) of the whole catalogue, withdrawn offers included (admins see them), by type and title. */
  offers(page: number): Promise<Page<OfferDto>> {
    return firstValueFrom(this.http.get<Page<OfferDto>>('/api/offers', { params: new HttpParams().set('page', page) }));
  }

  /** A 400 names each wrong field. */
  createOffer(body: CreateOfferRequest): Promise<OfferDto> {
    return firstValueFrom(this.http.post<OfferDto>('/api/offers', body));
  }

  /** Also withdraws (`active: false`) or brings back (`active: true`) an offer; a 400 names each wrong field. */
  updateOffer(id: string, body: UpdateOfferRequest): Promise<OfferDto> {
    return firstValueFrom(this.http.patch<OfferDto>(`/api/offers/${encodeURIComponent(id)}`, body));
  }

  /** Every package template with its offers and credits, by name. */
  packageTemplates(): Promise<PackageTemplateDto[]> {
    return firstValueFrom(this.http.get<PackageTemplateDto[]>('/api/package-templates'));
  }

  /** A 400 names each wrong field (`offers.2.credits`, …). */
  createPackageTemplate(body: PackageTemplateInput): Promise<PackageTemplateDto> {
    return firstValueFrom(this.http.post<PackageTemplateDto>('/api/package-templates', body));
  }

  /** Replaces the template's details and offers; orders made from it keep theirs. */
  updatePackageTemplate(id: string, body: PackageTemplateInput): Promise<PackageTemplateDto> {
    return firstValueFrom(
      this.http.patch<PackageTemplateDto>(`/api/package-templates/${encodeURIComponent(id)}`, body),
    );
  }

  /** The holiday periods of one school year and region, by first day. */
  holidays(schoolYear: string, region: HolidayRegion): Promise<SchoolHolidayDto[]> {
    const params = new HttpParams().set('schoolYear', schoolYear).set('region', region);
    return firstValueFrom(this.http.get<SchoolHolidayDto[]>('/api/school-holidays', { params }));
  }

  /** A 400 names each wrong field, a 409 says the period is already there. */
  addHoliday(body: HolidayInput): Promise<SchoolHolidayDto> {
    return firstValueFrom(this.http.post<SchoolHolidayDto>('/api/school-holidays', body));
  }

  updateHoliday(id: string, body: Partial<HolidayInput>): Promise<SchoolHolidayDto> {
    return firstValueFrom(this.http.patch<SchoolHolidayDto>(`/api/school-holidays/${encodeURIComponent(id)}`, body));
  }

  removeHoliday(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/school-holidays/${encodeURIComponent(id)}`));
  }

  /** What importing DUO's CSV would do, per line; writes nothing. A file that cannot be read is a 400 on `csv`. */
  previewSchoolImport(csv: string): Promise<SchoolImportPreviewDto> {
    const body: SchoolImportRequest = { csv };
    return firstValueFrom(this.http.post<SchoolImportPreviewDto>('/api/admin/school-imports/preview', body));
  }

  /** Imports the same file: creates and updates schools, keyed on BRIN + vestiging. */
  commitSchoolImport(csv: string): Promise<SchoolImportResultDto> {
    const body: SchoolImportRequest = { csv };
    return firstValueFrom(this.http.post<SchoolImportResultDto>('/api/admin/school-imports', body));
  }

  /** Halt's regions with their current gemeenten. */
  regionsWithMunicipalities(): Promise<RegionWithMunicipalitiesDto[]> {
    return firstValueFrom(this.http.get<RegionWithMunicipalitiesDto[]>('/api/admin/regions'));
  }

  /** The schools whose name, BRIN or place contains `q` (first page). */
  async schoolsMatching(q: string): Promise<SchoolDto[]> {
    const params = new HttpParams().set('q', q);
    return (await firstValueFrom(this.http.get<Page<SchoolDto>>('/api/schools', { params }))).items;
  }

  /** A school's own holiday region, or `null` to follow its gemeente again. */
  setSchoolHolidayRegion(schoolId: string, override: HolidayRegion | null): Promise<SchoolDto> {
    return firstValueFrom(
      this.http.put<SchoolDto>(`/api/schools/${encodeURIComponent(schoolId)}/holiday-region`, { override }),
    );
  }

  /** A new Halt region; a taken code is a 409. */
  createRegion(body: CreateRegionRequest): Promise<RegionDto> {
    return firstValueFrom(this.http.post<RegionDto>('/api/admin/regions', body));
  }

  createMunicipality(body: CreateMunicipalityRequest): Promise<MunicipalityDto> {
    return firstValueFrom(this.http.post<MunicipalityDto>('/api/municipalities', body));
  }

  /** Another region (or name, or holiday region) for a gemeente. */
  updateMunicipality(id: string, body: UpdateMunicipalityRequest): Promise<MunicipalityDto> {
    return firstValueFrom(this.http.patch<MunicipalityDto>(`/api/municipalities/${encodeURIComponent(id)}`, body));
  }

  /** Retires a merged gemeente into its successor; a 409 names what blocks it. */
  retireMunicipality(id: string, body: RetireMunicipalityRequest): Promise<RetireMunicipalityResultDto> {
    return firstValueFrom(
      this.http.post<RetireMunicipalityResultDto>(`/api/municipalities/${encodeURIComponent(id)}/retire`, body),
    );
  }
}

export interface HolidayInput {
  schoolYear: string;
  name: SchoolHolidayName;
  region: HolidayRegion;
  startDate: string;
  endDate: string;
}
