import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { PlanningRunDto, RegionDto } from '@halt/contracts';
import { todayInAmsterdam } from '@halt/domain';
import {
  apiError,
  AuthStore,
  fieldErrors,
  I18n,
  load,
  planningRunStateKey,
  PortalApi,
  TranslatePipe,
} from '@halt/web/core';
import { LoadError, FormMessages } from '@halt/web/ui';
import { formatShortDate } from '../labels';
import { PlanningApi } from '../planning-api';
import { conflictsOf, isRunning, toRunRequest } from './autoplan-model';
import { AutoplanPeriodForm, periodForm } from './autoplan-period-form';
import { PlanProposal } from './plan-proposal';
import { RunHistory } from './run-history';

const POLL_MS = 1000;
const MAX_POLL_FAILURES = 3;

/**
 * `/planner/automatisch`: the auto-planner for a region and period. The planner starts a run, follows its
 * progress, reviews the proposal (what changes, what stays unplanned and why) and applies it — or starts over.
 * Applying fails as a whole when the plan changed meanwhile; the conflicts are shown and nothing is changed.
 */
@Component({
  selector: 'halt-autoplan-page',
  imports: [
    FormMessages,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    LoadError,
    AutoplanPeriodForm,
    PlanProposal,
    RunHistory,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'autoplan.heading' | t }}</h1>
    <p>{{ 'autoplan.intro' | t }}</p>

    <halt-form-messages id="autoplan-messages" [done]="done()" [error]="error()" [details]="errorDetails()" />

    @if (run(); as r) {
      <section aria-labelledby="run-heading">
        <h2 id="run-heading" tabindex="-1">
          {{ 'autoplan.runHeading' | t: { region: r.regionName, from: day(r.from), to: day(r.to) } }}
        </h2>
        <p>
          {{ 'autoplan.stateLabel' | t }}: <strong>{{ planningRunStateKey(r.state) | t }}</strong>
        </p>

        @if (isRunning(r)) {
          <mat-progress-bar mode="determinate" [value]="r.progress" [attr.aria-label]="'autoplan.progressLabel' | t" />
          <p>{{ 'autoplan.progressText' | t: { progress: r.progress } }}</p>
          @if (pollStopped()) {
            <button mat-stroked-button type="button" (click)="resume()">{{ 'common.retry' | t }}</button>
          }
        }

        @if (r.state === 'failed') {
          <p class="notice notice--error">{{ r.error ?? ('autoplan.failed' | t) }}</p>
        }

        <halt-plan-proposal [run]="r" [refusedConflicts]="conflicts()" />

        <div class="actions">
          @if (r.state === 'proposed') {
            <button mat-flat-button type="button" [disabled]="busy()" (click)="apply(r)">
              {{ 'autoplan.apply' | t }}
            </button>
          }
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="startOver()">
            {{ 'autoplan.startOver' | t }}
          </button>
        </div>
      </section>
    } @else {
      <section aria-labelledby="form-heading">
        <h2 id="form-heading" tabindex="-1">{{ 'autoplan.formHeading' | t }}</h2>
        @if (regions.failed()) {
          <halt-load-error
            [message]="'common.loadFailed' | t"
            [retryLabel]="'common.retry' | t"
            (retry)="regions.reload()"
          />
        } @else if (regions.value()) {
          <halt-autoplan-period-form
            [form]="form"
            [regions]="myRegions()"
            [serverErrors]="serverErrors()"
            [submitted]="submitted()"
            [busy]="busy()"
            (startRun)="start()"
          />

          @if (form.controls.regionId.value) {
            <h2>{{ 'autoplan.historyHeading' | t }}</h2>
            @if (runs.failed()) {
              <halt-load-error
                [message]="'common.loadFailed' | t"
                [retryLabel]="'common.retry' | t"
                (retry)="runs.reload()"
              />
            } @else if (runs.value(); as list) {
              <halt-run-history [runs]="list" (open)="open($event)" />
            } @else {
              <p>{{ 'common.loading' | t }}</p>
            }
          }
        } @else {
          <p role="status">{{ 'common.loading' | t }}</p>
        }
      </section>
    }
  `,
  styles: `
    mat-progress-bar {
      max-width: 40rem;
      margin: 0.5rem 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      margin: 1.5rem 0 1rem;
    }
    h2:focus {
      outline: none;
    }
  `,
})
export class AutoplanPage {
  private readonly api = inject(PlanningApi);
  private readonly portal = inject(PortalApi);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly user = inject(AuthStore).user;
  private readonly i18n = inject(I18n);

  protected readonly form = periodForm(todayInAmsterdam(new Date()));

  protected readonly regions = load(() =>
    this.portal.regions().then((all) => {
      const mine = this.mine(all);
      if (!this.form.controls.regionId.value && mine.length) this.form.controls.regionId.setValue(mine[0].id);
      return all;
    }),
  );
  /** A planner plans only their own regions. */
  protected readonly myRegions = computed(() => this.mine(this.regions.value() ?? []));
  protected readonly runs = load(() => {
    const regionId = this.form.controls.regionId.value;
    return regionId ? this.api.runs(regionId) : Promise.resolve<PlanningRunDto[]>([]);
  });

  protected readonly run = signal<PlanningRunDto | null>(null);
  /** Conflicts from a refused apply, when the run itself does not list them. */
  protected readonly conflicts = signal<string[]>([]);
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly pollStopped = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);
  protected readonly serverErrors = signal<Record<string, string>>({});
  protected readonly isRunning = isRunning;
  protected readonly planningRunStateKey = planningRunStateKey;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pollFailures = 0;

  constructor() {
    this.form.controls.regionId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.runs.reload());
    inject(DestroyRef).onDestroy(() => this.stopPolling());
  }

  protected day(date: string): string {
    return formatShortDate(date, this.i18n.locale());
  }

  protected async start(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.form.markAllAsTouched();
    this.done.set(null);
    this.errorDetails.set([]);
    this.serverErrors.set({});
    if (this.form.invalid) {
      this.error.set(this.i18n.t('common.checkFields'));
      this.focus('autoplan-messages');
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    try {
      const created = await this.api.startRun(toRunRequest(this.form.getRawValue()));
      this.submitted.set(false);
      this.show(created);
      this.done.set(
        this.i18n.t('autoplan.started', {
          region: created.regionName,
          from: this.day(created.from),
          to: this.day(created.to),
        }),
      );
      this.focus('run-heading');
    } catch (e) {
      const fields = fieldErrors(e);
      this.serverErrors.set(fields);
      for (const [field, msg] of Object.entries(fields)) {
        const control = this.form.get(field);
        if (control) {
          control.setErrors({ server: msg });
          control.markAsTouched();
        }
      }
      const body = apiError(e);
      this.error.set(body?.message ?? this.i18n.t('autoplan.startFailed'));
      this.errorDetails.set(
        Object.entries(fields)
          .filter(([f]) => !this.form.get(f))
          .map(([, m]) => m),
      );
      this.focus('autoplan-messages');
    } finally {
      this.busy.set(false);
    }
  }

  /** Opens an earlier run; one still working is followed again. */
  protected open(r: PlanningRunDto): void {
    this.done.set(null);
    this.error.set(null);
    this.errorDetails.set([]);
    this.show(r);
    this.focus('run-heading');
  }

  protected resume(): void {
    this.pollStopped.set(false);
    this.error.set(null);
    this.pollFailures = 0;
    this.poll();
  }

  protected async apply(r: PlanningRunDto): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.done.set(null);
    this.error.set(null);
    this.errorDetails.set([]);
    this.conflicts.set([]);
    try {
      const applied = await this.api.applyRun(r.id);
      this.run.set(applied);
      this.done.set(this.i18n.t('autoplan.applied', { count: applied.changes.length }));
      this.runs.reload();
    } catch (e) {
      const body = apiError(e);
      const conflicts = e instanceof HttpErrorResponse ? conflictsOf(e.error) : [];
      if (e instanceof HttpErrorResponse && e.status === 409 && conflicts.length) {
        this.conflicts.set(conflicts);
        this.error.set(this.i18n.t('autoplan.notApplied'));
        try {
          this.run.set(await this.api.run(r.id));
        } catch {
          // the proposal stays on screen; the conflicts came with the refusal
        }
      } else {
        this.error.set(body?.message ?? this.i18n.t('autoplan.applyFailed'));
        this.errorDetails.set(conflicts);
      }
    } finally {
      this.busy.set(false);
      this.focus('autoplan-messages');
    }
  }

  protected startOver(): void {
    this.stopPolling();
    this.run.set(null);
    this.conflicts.set([]);
    this.done.set(null);
    this.error.set(null);
    this.errorDetails.set([]);
    this.pollStopped.set(false);
    this.runs.reload();
    this.focus('form-heading');
  }

  private mine(all: RegionDto[]): RegionDto[] {
    const user = this.user();
    if (user?.role !== 'planner') return all;
    const ids = user.organisation.ids ?? [];
    return all.filter((r) => ids.includes(r.id));
  }

  private show(r: PlanningRunDto): void {
    this.stopPolling();
    this.conflicts.set([]);
    this.pollStopped.set(false);
    this.pollFailures = 0;
    this.run.set(r);
    if (isRunning(r)) this.poll();
  }

  private poll(): void {
    this.stopPolling();
    this.timer = setTimeout(async () => {
      this.timer = null;
      const current = this.run();
      if (!current) return;
      try {
        const next = await this.api.run(current.id);
        if (this.run()?.id !== current.id) return; // started over or opened another meanwhile
        this.pollFailures = 0;
        this.run.set(next);
        if (isRunning(next)) this.poll();
        else this.finished(next);
      } catch {
        if (this.run()?.id !== current.id) return;
        if (++this.pollFailures < MAX_POLL_FAILURES) this.poll();
        else {
          this.pollStopped.set(true);
          this.error.set(this.i18n.t('autoplan.pollFailed'));
          this.focus('autoplan-messages');
        }
      }
    }, POLL_MS);
  }

  private finished(r: PlanningRunDto): void {
    this.runs.reload();
    if (r.state === 'proposed') {
      this.done.set(
        this.i18n.t('autoplan.proposalReady', { planned: r.summary?.planned ?? 0, sessions: r.summary?.sessions ?? 0 }),
      );
    } else if (r.state === 'failed') {
      this.done.set(null);
      this.error.set(this.i18n.t('autoplan.failed'));
    }
    this.focus('autoplan-messages');
  }

  private stopPolling(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private focus(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
