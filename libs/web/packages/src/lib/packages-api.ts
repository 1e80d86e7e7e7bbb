import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AmendBudgetRequest,
  BookingRequestDto,
  BookingRequestSummaryDto,
  CreatePackageOrderRequest,
  PackageOrderDto,
  PackageOrderPageDto,
  PackageResultsDto,
  PackageTemplateDto,
  Page,
  ReasonRequest,
} from '@halt/contracts';
import { firstValueFrom } from 'rxjs';

/** Actions on an order that need no body. */
export type PlainOrderAction = 'order' | 'accept' | 'close';
/** Actions on an order that need a reason. */
export type ReasonOrderAction = 'return' | 'cancel';

const order = (id: string, rest = ''): string => `/api/package-orders/${encodeURIComponent(id)}${rest}`;

/** Package templates and orders, the gemeente's approvals and the results of a subsidy year. */
@Injectable({ providedIn: 'root' })
export class PackagesApi {
  private readonly http = inject(HttpClient);

  templates(): Promise<PackageTemplateDto[]> {
    return firstValueFrom(this.http.get<PackageTemplateDto[]>('/api/package-templates'));
  }

  /** A page (50) of the orders of a subsidy year, the gemeente's own or all of them for Halt, with the totals. */
  list(year: number, page = 1): Promise<PackageOrderPageDto> {
    return firstValueFrom(this.http.get<PackageOrderPageDto>('/api/package-orders', { params: { year, page } }));
  }

  get(id: string): Promise<PackageOrderDto> {
    return firstValueFrom(this.http.get<PackageOrderDto>(order(id)));
  }

  /** Saves a new order as a draft. */
  create(body: CreatePackageOrderRequest): Promise<PackageOrderDto> {
    return firstValueFrom(this.http.post<PackageOrderDto>('/api/package-orders', body));
  }

  /** Changes a draft. */
  update(id: string, body: CreatePackageOrderRequest): Promise<PackageOrderDto> {
    return firstValueFrom(this.http.patch<PackageOrderDto>(order(id), body));
  }

  act(id: string, action: PlainOrderAction): Promise<PackageOrderDto> {
    return firstValueFrom(this.http.post<PackageOrderDto>(order(id, `/${action}`), null));
  }

  actWithReason(id: string, action: ReasonOrderAction, reason: string): Promise<PackageOrderDto> {
    const body: ReasonRequest = { reason };
    return firstValueFrom(this.http.post<PackageOrderDto>(order(id, `/${action}`), body));
  }

  amend(id: string, body: AmendBudgetRequest): Promise<PackageOrderDto> {
    return firstValueFrom(this.http.post<PackageOrderDto>(order(id, '/amendments'), body));
  }

  ledgerCsv(id: string): Promise<string> {
    return firstValueFrom(this.http.get(order(id, '/ledger.csv'), { responseType: 'text' }));
  }

  results(year: number): Promise<PackageResultsDto> {
    return firstValueFrom(
      this.http.get<PackageResultsDto>('/api/package-orders/results', { params: { year: String(year) } }),
    );
  }

  resultsCsv(year: number): Promise<string> {
    return firstValueFrom(
      this.http.get('/api/package-orders/results.csv', { params: { year: String(year) }, responseType: 'text' }),
    );
  }

  /** Requests of the gemeente's schools that wait for its decision. */
  /** One page (50) of the requests waiting for the gemeente's decision, newest first, with the total. */
  awaitingApproval(page = 1): Promise<Page<BookingRequestSummaryDto>> {
    return firstValueFrom(
      this.http.get<Page<BookingRequestSummaryDto>>('/api/requests', { params: { status: 'awaiting_approval', page } }),
    );
  }

  approve(requestId: string): Promise<BookingRequestDto> {
    return firstValueFrom(
      this.http.post<BookingRequestDto>(`/api/requests/${encodeURIComponent(requestId)}/approve`, null),
    );
  }

  reject(requestId: string, reason: string): Promise<BookingRequestDto> {
    const body: ReasonRequest = { reason };
    return firstValueFrom(
      this.http.post<BookingRequestDto>(`/api/requests/${encodeURIComponent(requestId)}/reject`, body),
    );
  }
}
