import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { PublicEvaluationDto } from '@halt/contracts';
import { normaliseClassCode } from '@halt/domain';
import { I18n, load, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { formatDay } from '../dates-model';
import { EvaluationForm } from './evaluation-form';
import type { EvaluationSource } from './evaluation-form-model';
import { PublicEvaluationApi } from './public-evaluation-api';

/**
 * `/evaluatie/:code` (pupils and parents, with the class code) and `/evaluatie/docent/:token` (the teacher's
 * link): what the form is about, and the form itself while it takes answers. No sign-in.
 */
@Component({
  selector: 'halt-evaluation-page',
  imports: [RouterLink, TranslatePipe, LoadError, EvaluationForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notFound()) {
      <h1>{{ (source === 'teacher' ? 'evaluation.linkNotFoundHeading' : 'evaluation.notFoundHeading') | t }}</h1>
      @if (source === 'teacher') {
        <p>{{ 'evaluation.linkNotFound' | t }}</p>
      } @else {
        <p>{{ 'evaluation.notFound' | t }}</p>
        <p>
          <a routerLink="/evaluatie">{{ 'evaluation.tryAgain' | t }}</a>
        </p>
      }
    } @else if (evaluation.failed()) {
      <h1>{{ 'evaluation.heading' | t }}</h1>
      <halt-load-error [message]="loadError()" [retryLabel]="'common.retry' | t" (retry)="evaluation.reload()" />
    } @else if (evaluation.value(); as e) {
      <h1>{{ e.form.title }}</h1>
      <dl class="details about">
        <dt>{{ 'evaluation.offer' | t }}</dt>
        <dd>{{ e.offerTitle }}</dd>
        <dt>{{ 'evaluation.school' | t }}</dt>
        <dd>
          {{ e.schoolName }}
          @if (e.groupName) {
            ({{ 'evaluation.group' | t: { group: e.groupName } }})
          }
        </dd>
        <dt>{{ 'evaluation.date' | t }}</dt>
        <dd>{{ day(e) }}</dd>
      </dl>
      @if (e.open) {
        @if (e.form.intro) {
          <p class="intro">{{ e.form.intro }}</p>
        }
        <halt-evaluation-form [evaluation]="e" [source]="source" [id]="id" />
      } @else {
        <p class="notice" role="status">{{ e.closedReason ?? ('evaluation.closed' | t) }}</p>
      }
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .about {
      margin: 0 0 1rem;
    }
    .intro {
      white-space: pre-line;
    }
  `,
})
export class EvaluationPage {
  private readonly api = inject(PublicEvaluationApi);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute).snapshot;
  protected readonly source: EvaluationSource = this.route.data['source'] === 'teacher' ? 'teacher' : 'class';
  /** The class code as the API knows it (a typed or scanned code normalised), or the teacher's token. */
  protected readonly id =
    this.source === 'teacher'
      ? (this.route.paramMap.get('token') ?? '')
      : (normaliseClassCode(this.route.paramMap.get('code') ?? '') ?? '');

  private readonly failure = signal<unknown>(null);
  protected readonly evaluation = load<PublicEvaluationDto>(() => {
    // A code that cannot exist (wrong length, typo caught by the check character) is not asked for.
    if (!this.id) return Promise.reject(new HttpErrorResponse({ status: 404 }));
    return this.api.form(this.source, this.id).catch((e: unknown) => {
      this.failure.set(e);
      throw e;
    });
  });
  protected readonly notFound = computed(
    () => !this.id || (this.evaluation.failed() && this.status(this.failure()) === 404),
  );

  protected day(e: PublicEvaluationDto): string {
    return formatDay(e.date, this.i18n.locale());
  }

  protected loadError(): string {
    const key: TranslationKey =
      this.status(this.failure()) === 429 ? 'evaluation.tooManyAttempts' : 'evaluation.loadFailed';
    return this.i18n.t(key);
  }

  private status(e: unknown): number {
    return e instanceof HttpErrorResponse ? e.status : 0;
  }
}
