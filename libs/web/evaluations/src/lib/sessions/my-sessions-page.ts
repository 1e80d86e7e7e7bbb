import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { MySessionDto } from '@halt/contracts';
import { todayInAmsterdam } from '@halt/domain';
import { apiError, I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { periodAround } from '../dates-model';
import { MySessionsApi } from './my-sessions-api';
import { groupSessions, replaceSession } from './my-sessions-model';
import { SessionEvaluationPanel } from './session-evaluation-panel';
import { SessionReportForm } from './session-report-form';
import { SessionSummary } from './session-summary';

/** A period whose end is not before its start. */
const fromBeforeTo = (group: AbstractControl): ValidationErrors | null => {
  const v = group.value as { from?: string; to?: string };
  return v.from && v.to && v.to < v.from ? { order: true } : null;
};

/**
 * `/medewerker/sessies`: a specialist's sessions in a period. After a lesson they report it — given, with the
 * pupils reached, or did not take place — and then show the class the code (and QR code) for the evaluation.
 */
@Component({
  selector: 'halt-my-sessions-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
    SessionSummary,
    SessionReportForm,
    SessionEvaluationPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'mySessions.heading' | t }}</h1>
    <p>{{ 'mySessions.intro' | t }}</p>

    <form
      [formGroup]="period"
      (ngSubmit)="show()"
      novalidate
      class="inline-form period"
      [attr.aria-label]="'mySessions.periodLabel' | t"
    >
      <mat-form-field appearance="outline">
        <mat-label>{{ 'mySessions.from' | t }}</mat-label>
        <input matInput type="date" formControlName="from" required />
        @if (period.controls.from.invalid) {
          <mat-error>{{ 'mySessions.dateRequired' | t }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'mySessions.to' | t }}</mat-label>
        <input matInput type="date" formControlName="to" required [min]="period.controls.from.value" />
        @if (period.controls.to.invalid) {
          <mat-error>{{ 'mySessions.dateRequired' | t }}</mat-error>
        }
      </mat-form-field>
      <button mat-stroked-button type="submit">{{ 'mySessions.show' | t }}</button>
      @if (period.hasError('order') && period.touched) {
        <p class="field-error" role="alert">{{ 'mySessions.periodOrder' | t }}</p>
      }
    </form>

    @if (sessions.failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="sessions.reload()"
      />
    } @else if (groups(); as g) {
      @if (sessions.loading()) {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
      <section aria-labelledby="to-report-heading">
        <h2 id="to-report-heading">{{ 'mySessions.toReportHeading' | t: { count: toReportCount() } }}</h2>
        <ul class="sessions">
          @for (s of g.toReport; track s.id) {
            <li class="session">
              <halt-session-summary [session]="s" />
              @if (s.toReport) {
                <halt-session-report-form [session]="s" (reported)="reported($event)" />
              } @else {
                <p class="notice" role="status" tabindex="-1" [id]="'reported-' + s.id">{{ reportedMessage(s) }}</p>
                @if (s.status === 'delivered') {
                  <halt-session-evaluation-panel [sessionId]="s.id" [evaluation]="s.evaluation" [headingLevel]="4" />
                }
              }
            </li>
          } @empty {
            <li>{{ 'mySessions.noneToReport' | t }}</li>
          }
        </ul>
      </section>

      <section aria-labelledby="planned-heading">
        <h2 id="planned-heading">{{ 'mySessions.plannedHeading' | t }}</h2>
        <ul class="sessions">
          @for (s of g.planned; track s.id) {
            <li class="session"><halt-session-summary [session]="s" /></li>
          } @empty {
            <li>{{ 'mySessions.nonePlanned' | t }}</li>
          }
        </ul>
      </section>

      <section aria-labelledby="reported-heading">
        <h2 id="reported-heading">{{ 'mySessions.reportedHeading' | t }}</h2>
        <ul class="sessions">
          @for (s of g.reported; track s.id) {
            <li class="session">
              <halt-session-summary [session]="s" />
              @if (s.status === 'delivered') {
                <button
                  mat-stroked-button
                  type="button"
                  [attr.aria-expanded]="opened().has(s.id)"
                  [attr.aria-controls]="'evaluation-' + s.id"
                  [attr.aria-describedby]="'session-' + s.id"
                  (click)="toggle(s.id)"
                >
                  {{ (opened().has(s.id) ? 'mySessions.hideEvaluation' : 'mySessions.showEvaluation') | t }}
                </button>
                <div [id]="'evaluation-' + s.id">
                  @if (opened().has(s.id)) {
                    <halt-session-evaluation-panel [sessionId]="s.id" [evaluation]="s.evaluation" [headingLevel]="4" />
                  }
                </div>
              }
            </li>
          } @empty {
            <li>{{ 'mySessions.noneReported' | t }}</li>
          }
        </ul>
      </section>

      @if (g.cancelled.length) {
        <section aria-labelledby="cancelled-heading">
          <h2 id="cancelled-heading">{{ 'mySessions.cancelledHeading' | t }}</h2>
          <ul class="sessions">
            @for (s of g.cancelled; track s.id) {
              <li class="session"><halt-session-summary [session]="s" /></li>
            }
          </ul>
        </section>
      }
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .period mat-form-field {
      flex: 1 1 10rem;
      max-width: 14rem;
    }
    .field-error {
      flex: 1 1 100%;
      color: var(--mat-sys-error);
      margin: 0;
    }
    .sessions {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .session {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 0.75rem 1rem;
      margin: 0 0 1rem;
    }
  `,
})
export class MySessionsPage {
  private readonly api = inject(MySessionsApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  private readonly range = signal(periodAround(todayInAmsterdam(new Date())));
  protected readonly period = inject(NonNullableFormBuilder).group(
    {
      from: [this.range().from, Validators.required],
      to: [this.range().to, Validators.required],
    },
    { validators: fromBeforeTo },
  );
  private readonly failure = signal<unknown>(null);
  protected readonly sessions = load(() =>
    this.api.list(this.range()).catch((e: unknown) => {
      this.failure.set(e);
      throw e;
    }),
  );
  /** Sessions as reports returned them, newer than the loaded list. */
  private readonly updates = signal<readonly MySessionDto[]>([]);
  /** Reported on this page: they stay where they were, with the class code. */
  private readonly reportedNow = signal<ReadonlySet<string>>(new Set());
  protected readonly opened = signal<ReadonlySet<string>>(new Set());

  private readonly list = computed(() => {
    const loaded = this.sessions.value();
    return loaded ? this.updates().reduce(replaceSession, loaded) : undefined;
  });
  protected readonly groups = computed(() => {
    const list = this.list();
    return list ? groupSessions(list, this.reportedNow()) : undefined;
  });
  protected readonly toReportCount = computed(() => (this.list() ?? []).filter((s) => s.toReport).length);

  protected show(): void {
    this.period.markAllAsTouched();
    if (this.period.invalid) return;
    this.updates.set([]);
    this.reportedNow.set(new Set());
    this.opened.set(new Set());
    this.range.set(this.period.getRawValue());
    this.sessions.reload();
  }

  /** The API's reason (e.g. a period that is too long), or a general message. */
  protected loadError(): string {
    const body = apiError(this.failure());
    const details = (body?.errors ?? []).map((f) => f.message).join('; ');
    return body ? [body.message, details].filter(Boolean).join(': ') : this.i18n.t('common.loadFailed');
  }

  protected reported(session: MySessionDto): void {
    this.updates.update((u) => [...u, session]);
    this.reportedNow.update((ids) => new Set([...ids, session.id]));
    afterNextRender(() => this.document.getElementById(`reported-${session.id}`)?.focus(), { injector: this.injector });
  }

  protected reportedMessage(s: MySessionDto): string {
    return s.status === 'delivered'
      ? this.i18n.t('mySessions.reportedDelivered', { count: s.pupilsReached ?? 0 })
      : this.i18n.t('mySessions.reportedNoShow');
  }

  protected toggle(id: string): void {
    this.opened.update((ids) => {
      const next = new Set(ids);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }
}
