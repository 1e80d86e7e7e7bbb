import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  MaatwerkDecisionInput,
  MaatwerkIntakeInput,
  MaatwerkProposalInput,
  MaatwerkQuestionDto,
  MaatwerkQuestionInput,
  MaatwerkQuestionSummaryDto,
  Page,
} from '@halt/contracts';
import { firstValueFrom } from 'rxjs';

const base = '/api/maatwerk-questions';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** Maatwerk questions: the requester's and the advisor's calls. */
@Injectable({ providedIn: 'root' })
export class MaatwerkApi {
  private readonly http = inject(HttpClient);

  list(page = 1): Promise<Page<MaatwerkQuestionSummaryDto>> {
    return firstValueFrom(this.http.get<Page<MaatwerkQuestionSummaryDto>>(base, { params: { page } }));
  }
  get(id: string): Promise<MaatwerkQuestionDto> {
    return firstValueFrom(this.http.get<MaatwerkQuestionDto>(one(id)));
  }
  create(body: MaatwerkQuestionInput): Promise<MaatwerkQuestionDto> {
    return firstValueFrom(this.http.post<MaatwerkQuestionDto>(base, body));
  }
  planIntake(id: string, body: MaatwerkIntakeInput): Promise<MaatwerkQuestionDto> {
    return firstValueFrom(this.http.post<MaatwerkQuestionDto>(`${one(id)}/intake`, body));
  }
  sendProposal(id: string, body: MaatwerkProposalInput): Promise<MaatwerkQuestionDto> {
    return firstValueFrom(this.http.post<MaatwerkQuestionDto>(`${one(id)}/proposal`, body));
  }
  decide(
    id: string,
    action: 'accept' | 'decline' | 'withdraw',
    body: MaatwerkDecisionInput,
  ): Promise<MaatwerkQuestionDto> {
    return firstValueFrom(this.http.post<MaatwerkQuestionDto>(`${one(id)}/${action}`, body));
  }
}
