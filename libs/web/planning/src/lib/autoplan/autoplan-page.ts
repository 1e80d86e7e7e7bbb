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
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type {
  CreatePlanningRunRequest,
  PlanChangeDto,
  PlanningRunDto,
  PlanningRunState,
  RegionDto,
} from '@halt/contracts';
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
import { AmsterdamTimePipe, LoadError, FormMessages } from '@halt/web/ui';
import { formatShortDate } from '../labels';
import { PlanningApi } from '../planning-api';

const POLL_MS = 1000;
const MAX_POLL_FAILURES = 3;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const addDays = (date: string, n: number) => isoDay(new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000));

const periodInOrder = (group: AbstractControl): ValidationErrors | null => {
  const v = group.value as { from?: string; to?: string };
  return v.from && v.to && v.to < v.from ? { order: true } : null;
};

const active = (r: PlanningRunDto | null) => r?.state === 'queued' || r?.state === 'running';

/**
 * `/planner/automatisch`: the auto-planner for a region and period. The planner starts a run, follows its
 * progress, reviews the proposal (what changes, what stays unplanned and why) and applies it — or starts over.
 * Applying fails as a whole when the plan changed meanwhile; the conflicts are shown and nothing is changed.
 */
@Component({
  selector: 'halt-autoplan-page',
  imports: [
    FormMessages,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    LoadError,
    AmsterdamTimePipe,
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
          {{ 'autoplan.stateLabel' | t }}: <strong>{{ stateName(r.state) }}</strong>
        </p>

        @if (r.state === 'queued' || r.state === 'running') {
          <mat-progress-bar mode="determinate" [value]="r.progress" [attr.aria-label]="'autoplan.progressLabel' | t" />
          <p>{{ 'autoplan.progressText' | t: { progress: r.progress } }}</p>
          @if (pollStopped()) {
            <button mat-stroked-button type="button" (click)="resume()">{{ 'common.retry' | t }}</button>
          }
        }

        @if (r.state === 'failed') {
          <p class="notice notice--error">{{ r.error ?? ('autoplan.failed' | t) }}</p>
        }

        @if (r.summary; as sum) {
          <h3>{{ 'autoplan.summaryHeading' | t }}</h3>
          <dl class="details">
            <dt>{{ 'autoplan.sessions' | t }}</dt>
            <dd>{{ sum.sessions }}</dd>
            <dt>{{ 'autoplan.planned' | t }}</dt>
            <dd>{{ sum.planned }}</dd>
            <dt>{{ 'autoplan.unplanned' | t }}</dt>
            <dd>{{ sum.unplanned }}</dd>
            <dt>{{ 'autoplan.objective' | t }}</dt>
            <dd>{{ round(sum.objective) }} {{ 'autoplan.objectiveHint' | t }}</dd>
            <dt>{{ 'autoplan.seconds' | t }}</dt>
            <dd>{{ 'autoplan.secondsValue' | t: { seconds: round(sum.seconds) } }}</dd>
          </dl>
        }

        @if (r.state === 'conflicted' || conflicts().length) {
          <div class="notice notice--error">
            <h3>{{ 'autoplan.conflictsHeading' | t }}</h3>
            <p>{{ 'autoplan.conflictsIntro' | t }}</p>
            <ul>
              @for (c of shownConflicts(r); track $index) {
                <li>{{ c }}</li>
              }
            </ul>
          </div>
        }

        @if (r.summary) {
          @let caption = 'autoplan.changesCaption' | t: { count: r.changes.length };
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
            <table>
              <caption>
                {{
                  caption
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'autoplan.session' | t }}</th>
                  <th scope="col">{{ 'autoplan.school' | t }}</th>
                  <th scope="col">{{ 'autoplan.before' | t }}</th>
                  <th scope="col">{{ 'autoplan.after' | t }}</th>
                  <th scope="col">{{ 'autoplan.staff' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of r.changes; track c.sessionId) {
                  <tr>
                    <th scope="row">
                      {{ c.label }}
                      <span class="muted">{{ c.requestReference }}</span>
                    </th>
                    <td>{{ c.schoolName }}</td>
                    <td>
                      @if (c.before; as b) {
                        {{ day(b.date) }} {{ b.start.slice(0, 5) }}
                      } @else {
                        {{ 'autoplan.notPlannedBefore' | t }}
                      }
                    </td>
                    <td>
                      {{ day(c.after.date) }}
                      {{ c.after.start.slice(0, 5) }}–{{ c.after.end.slice(0, 5) }}
                    </td>
                    <td>
                      {{ c.after.staff.join(', ') }}
                      @if (staffChanged(c)) {
                        <span class="muted">{{
                          'autoplan.staffWas' | t: { staff: c.before?.staff?.join(', ') || '—' }
                        }}</span>
                      }
                    </td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="5">{{ 'autoplan.noChanges' | t }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>

          <h3>{{ 'autoplan.unplannedHeading' | t: { count: r.unplanned.length } }}</h3>
          @if (r.unplanned.length) {
            <ul class="unplanned">
              @for (u of r.unplanned; track u.sessionId) {
                <li>
                  <span class="label">{{ u.label }}</span>
                  <ul>
                    @for (reason of u.reasons; track $index) {
                      <li>{{ reason }}</li>
                    }
                  </ul>
                </li>
              }
            </ul>
          } @else {
            <p>{{ 'autoplan.allPlanned' | t }}</p>
          }
        }

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
          <form [formGroup]="form" (ngSubmit)="start()" novalidate>
            <fieldset class="group">
              <legend>{{ 'autoplan.formLegend' | t }}</legend>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'autoplan.region' | t }}</mat-label>
                <select matNativeControl formControlName="regionId" required>
                  @for (region of myRegions(); track region.id) {
                    <option [value]="region.id">{{ region.name }}</option>
                  }
                </select>
                @if (form.controls.regionId.invalid) {
                  <mat-error>{{ message('regionId', 'autoplan.regionRequired') }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'autoplan.from' | t }}</mat-label>
                <input matInput type="date" formControlName="from" required />
                @if (form.controls.from.invalid) {
                  <mat-error>{{ message('from', 'autoplan.dateRequired') }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'autoplan.to' | t }}</mat-label>
                <input matInput type="date" formControlName="to" required [min]="form.controls.from.value" />
                @if (form.controls.to.invalid) {
                  <mat-error>{{ message('to', 'autoplan.dateRequired') }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'autoplan.timeLimit' | t }}</mat-label>
                <input
                  matInput
                  type="number"
                  inputmode="numeric"
                  min="1"
                  max="300"
                  step="1"
                  formControlName="timeLimitSeconds"
                />
                <mat-hint>{{ 'autoplan.timeLimitHint' | t }}</mat-hint>
                @if (form.controls.timeLimitSeconds.invalid) {
                  <mat-error>{{ message('timeLimitSeconds', 'autoplan.timeLimitRange') }}</mat-error>
                }
              </mat-form-field>
              @if (submitted() && form.errors?.['order']) {
                <p class="field-error">{{ 'autoplan.periodOrder' | t }}</p>
              }
              <div class="buttons">
                <button mat-flat-button type="submit" [disabled]="busy()">{{ 'autoplan.start' | t }}</button>
              </div>
            </fieldset>
          </form>

          @if (form.controls.regionId.value) {
            <h2>{{ 'autoplan.historyHeading' | t }}</h2>
            @if (runs.failed()) {
              <halt-load-error
                [message]="'common.loadFailed' | t"
                [retryLabel]="'common.retry' | t"
                (retry)="runs.reload()"
              />
            } @else if (runs.value(); as list) {
              @let historyCaption = 'autoplan.historyCaption' | t: { count: list.length };
              <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="historyCaption">
                <table>
                  <caption>
                    {{
                      historyCaption
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ 'autoplan.createdAt' | t }}</th>
                      <th scope="col">{{ 'autoplan.period' | t }}</th>
                      <th scope="col">{{ 'autoplan.stateLabel' | t }}</th>
                      <th scope="col">{{ 'autoplan.result' | t }}</th>
                      <th scope="col">
                        <span class="visually-hidden">{{ 'autoplan.actions' | t }}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (x of list; track x.id) {
                      <tr>
                        <th scope="row">{{ x.createdAt | amsterdamTime: i18n.locale() }}</th>
                        <td>{{ day(x.from) }} – {{ day(x.to) }}</td>
                        <td>{{ stateName(x.state) }}</td>
                        <td>
                          @if (x.summary; as sum) {
                            {{ 'autoplan.resultValue' | t: { planned: sum.planned, sessions: sum.sessions } }}
                          }
                        </td>
                        <td>
                          <button
                            mat-stroked-button
                            type="button"
                            (click)="open(x)"
                            [attr.aria-label]="
                              'autoplan.openLabel' | t: { at: (x.createdAt | amsterdamTime: i18n.locale()) }
                            "
                          >
                            {{ 'autoplan.open' | t }}
                          </button>
                        </td>
                      </tr>
                    } @empty {
                      <tr>
                        <td colspan="5">{{ 'autoplan.noHistory' | t }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
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
    .group {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 0.5rem 1rem 1rem;
      margin: 0 0 1rem;
      min-width: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0 0.25rem;
    }
    mat-form-field {
      flex: 1 1 11rem;
      max-width: 20rem;
    }
    .buttons,
    .field-error {
      flex: 1 1 100%;
    }
    .field-error {
      color: var(--mat-sys-error);
      margin: 0.25rem 0;
    }
    mat-progress-bar {
      max-width: 40rem;
      margin: 0.5rem 0;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 1.5rem 0 0.5rem;
    }
    .notice h3 {
      margin-top: 0.25rem;
    }
    .unplanned .label {
      font-weight: 600;
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
  protected readonly i18n = inject(I18n);

  protected readonly form = new FormGroup(
    {
      regionId: new FormControl('', { nonNullable: true, validators: Validators.required }),
      from: new FormControl(today(), { nonNullable: true, validators: Validators.required }),
      to: new FormControl(addDays(today(), 55), { nonNullable: true, validators: Validators.required }),
      timeLimitSeconds: new FormControl<number | null>(null, [
        Validators.min(1),
        Validators.max(300),
        Validators.pattern(/^\d+$/),
      ]),
    },
    { validators: periodInOrder },
  );

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
  private readonly serverErrors = signal<Record<string, string>>({});
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pollFailures = 0;

  constructor() {
    this.form.controls.regionId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.runs.reload());
    inject(DestroyRef).onDestroy(() => this.stopPolling());
  }

  protected day(date: string): string {
    return formatShortDate(date, this.i18n.locale());
  }

  protected round(n: number): number {
    return Math.round(n * 10) / 10;
  }

  protected stateName(state: PlanningRunState): string {
    return this.i18n.t(planningRunStateKey(state));
  }

  protected message(
    field: 'regionId' | 'from' | 'to' | 'timeLimitSeconds',
    key: 'autoplan.regionRequired' | 'autoplan.dateRequired' | 'autoplan.timeLimitRange',
  ): string {
    return this.serverErrors()[field] ?? this.i18n.t(key);
  }

  protected staffChanged(c: PlanChangeDto): boolean {
    return !!c.before && c.before.staff.join('|') !== c.after.staff.join('|');
  }

  protected shownConflicts(r: PlanningRunDto): string[] {
    return r.conflicts?.length ? r.conflicts : this.conflicts();
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
    const v = this.form.getRawValue();
    const body: CreatePlanningRunRequest = { regionId: v.regionId, from: v.from, to: v.to };
    if (v.timeLimitSeconds !== null && `${v.timeLimitSeconds}` !== '')
      body.timeLimitSeconds = Number(v.timeLimitSeconds);
    try {
      const created = await this.api.startRun(body);
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
      const conflicts = conflictsOf(e);
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
    if (active(r)) this.poll();
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
        if (active(next)) this.poll();
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

/** What a refused apply conflicts with: `conflicts` of the body (or of its `conflict`), else its field messages. */
function conflictsOf(e: unknown): string[] {
  if (!(e instanceof HttpErrorResponse) || !e.error || typeof e.error !== 'object') return [];
  const body = e.error as { conflicts?: unknown; conflict?: { conflicts?: unknown }; errors?: { message: string }[] };
  const list = body.conflicts ?? body.conflict?.conflicts;
  if (Array.isArray(list)) return list.map(String);
  return (body.errors ?? []).map((x) => x.message);
}
