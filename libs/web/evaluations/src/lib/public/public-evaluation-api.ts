import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { PublicEvaluationDto, SubmitEvaluationRequest, SubmitEvaluationResponse } from '@halt/contracts';
import { firstValueFrom } from 'rxjs';
import { evaluationPath, type EvaluationSource } from './evaluation-form-model';

/** The anonymous calls of the evaluation pages: read the form behind a class code or teacher link, answer it. */
@Injectable({ providedIn: 'root' })
export class PublicEvaluationApi {
  private readonly http = inject(HttpClient);

  form(source: EvaluationSource, id: string): Promise<PublicEvaluationDto> {
    return firstValueFrom(this.http.get<PublicEvaluationDto>(evaluationPath(source, id)));
  }

  submit(source: EvaluationSource, id: string, body: SubmitEvaluationRequest): Promise<SubmitEvaluationResponse> {
    return firstValueFrom(this.http.post<SubmitEvaluationResponse>(evaluationPath(source, id), body));
  }
}
