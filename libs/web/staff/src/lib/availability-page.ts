import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { StaffMemberDto } from '@halt/contracts';
import { LOCAL_TIME_PATTERN } from '@halt/domain';
import { apiError, I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError, FormMessages } from '@halt/web/ui';
import { AbsenceEditor, type AbsenceActions } from './absence-editor';
import {
  endAfterStart,
  nextRange,
  rangesOn,
  type TimeRange,
  toAvailabilityRequest,
  type Workday,
  WORKDAYS,
} from './availability-model';
import { formatDay, weekdayKey } from './labels';
import { StaffApi } from './staff-api';

type RangeForm = FormGroup<{ start: FormControl<string>; end: FormControl<string> }>;
type DayForm = FormGroup<{ works: FormControl<boolean>; ranges: FormArray<RangeForm> }>;
type RecurringForm = FormGroup<{ weekday: FormControl<number>; start: FormControl<string>; end: FormControl<string> }>;

const time = (value: string) =>
  new FormControl(value, {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(LOCAL_TIME_PATTERN)],
  });

function rangeForm(range: TimeRange = nextRange()): RangeForm {
  return new FormGroup({ start: time(range.start), end: time(range.end) }, { validators: endAfterStart });
}

function recurringForm(weekday = 3, start = '12:00', end = '17:00'): RecurringForm {
  return new FormGroup(
    { weekday: new FormControl(weekday, { nonNullable: true }), start: time(start), end: time(end) },
    { validators: endAfterStart },
  );
}

/**
 * `/medewerker/beschikbaarheid`: a specialist keeps their availability up to date — working hours per weekday,
 * preferred weekdays, weekly unavailability, and dated absences (leave, sick, training). The planners' matching
 * and the auto-planner use it straight away.
 */
@Component({
  selector: 'halt-availability-page',
  imports: [
    FormMessages,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
    AbsenceEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'availability.heading' | t }}</h1>
    <p>{{ 'availability.intro' | t }}</p>

    @if (loaded.failed()) {
      <halt-load-error [message]="loadError()" [retryLabel]="'common.retry' | t" (retry)="loaded.reload()" />
    } @else if (member(); as m) {
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{{ 'availability.profileHeading' | t }}</h2>
        <dl class="details">
          <dt>{{ 'availability.name' | t }}</dt>
          <dd>{{ m.name }}</dd>
          <dt>{{ 'availability.regions' | t }}</dt>
          <dd>{{ regionNames(m) }}</dd>
          <dt>{{ 'availability.contractHours' | t }}</dt>
          <dd>{{ 'availability.hoursPerWeek' | t: { hours: m.contractHoursPerWeek } }}</dd>
          <dt>{{ 'availability.maxSessions' | t }}</dt>
          <dd>{{ m.maxSessionsPerDay }}</dd>
          <dt>{{ 'availability.skills' | t }}</dt>
          <dd>
            @for (s of m.skills; track s.skill; let last = $last) {
              {{ 'availability.skillValid' | t: { skill: s.skill, until: day(s.validUntil) } }}{{ last ? '' : ', ' }}
            } @empty {
              {{ 'availability.noSkills' | t }}
            }
          </dd>
        </dl>
        <p class="hint">{{ 'availability.profileHint' | t }}</p>
      </section>

      <form [formGroup]="form" (ngSubmit)="save()" novalidate aria-labelledby="pattern-heading">
        <h2 id="pattern-heading">{{ 'availability.patternHeading' | t }}</h2>
        <p>{{ 'availability.patternIntro' | t }}</p>
        @for (d of workdays; track d; let i = $index) {
          @let g = form.controls.days.at(i);
          <fieldset class="group" [formGroup]="g">
            <legend>{{ weekday(d) }}</legend>
            <mat-checkbox class="works" formControlName="works">{{
              'availability.worksOn' | t: { day: weekday(d) }
            }}</mat-checkbox>
            @if (g.controls.works.value) {
              @for (r of g.controls.ranges.controls; track r; let j = $index) {
                <div class="row" [formGroup]="r">
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ rangeLabel('availability.rangeStart', j) }}</mat-label>
                    <input matInput type="time" step="300" formControlName="start" required />
                    @if (r.controls.start.invalid) {
                      <mat-error>{{ 'availability.timeRequired' | t }}</mat-error>
                    }
                  </mat-form-field>
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ rangeLabel('availability.rangeEnd', j) }}</mat-label>
                    <input matInput type="time" step="300" formControlName="end" required />
                    @if (r.controls.end.invalid) {
                      <mat-error>{{ 'availability.timeRequired' | t }}</mat-error>
                    }
                  </mat-form-field>
                  @if (j > 0) {
                    <button
                      mat-button
                      type="button"
                      (click)="removeRange(i, j)"
                      [attr.aria-label]="'availability.removeRangeLabel' | t: { day: weekday(d), n: j + 1 }"
                    >
                      {{ 'availability.remove' | t }}
                    </button>
                  }
                  @if (r.errors?.['order'] && (r.touched || submitted())) {
                    <p class="field-error">{{ 'availability.rangeOrder' | t }}</p>
                  }
                </div>
              }
              @if (g.controls.ranges.length < 4) {
                <button mat-stroked-button type="button" (click)="addRange(i)">
                  {{ 'availability.addRange' | t: { day: weekday(d) } }}
                </button>
              }
            }
          </fieldset>
        }

        <fieldset class="group">
          <legend>{{ 'availability.preferredHeading' | t }}</legend>
          <p class="full hint">{{ 'availability.preferredIntro' | t }}</p>
          @for (d of workdays; track d) {
            <mat-checkbox
              [checked]="form.controls.preferred.value.includes(d)"
              (change)="togglePreferred(d, $event.checked)"
              >{{ weekday(d) }}</mat-checkbox
            >
          }
        </fieldset>

        <fieldset class="group">
          <legend>{{ 'availability.recurringHeading' | t }}</legend>
          <p class="full hint">{{ 'availability.recurringIntro' | t }}</p>
          @for (r of form.controls.recurring.controls; track r; let i = $index) {
            <fieldset class="row nested" [formGroup]="r">
              <legend class="visually-hidden">{{ 'availability.recurringLegend' | t: { n: i + 1 } }}</legend>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'availability.recurringDay' | t }}</mat-label>
                <select matNativeControl formControlName="weekday">
                  @for (d of workdays; track d) {
                    <option [ngValue]="d">{{ weekday(d) }}</option>
                  }
                </select>
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'availability.recurringStart' | t }}</mat-label>
                <input matInput type="time" step="300" formControlName="start" required />
                @if (r.controls.start.invalid) {
                  <mat-error>{{ 'availability.timeRequired' | t }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'availability.recurringEnd' | t }}</mat-label>
                <input matInput type="time" step="300" formControlName="end" required />
                @if (r.controls.end.invalid) {
                  <mat-error>{{ 'availability.timeRequired' | t }}</mat-error>
                }
              </mat-form-field>
              <button
                mat-button
                type="button"
                (click)="removeRecurring(i)"
                [attr.aria-label]="'availability.removeRecurringLabel' | t: { n: i + 1 }"
              >
                {{ 'availability.remove' | t }}
              </button>
              @if (r.errors?.['order'] && (r.touched || submitted())) {
                <p class="field-error">{{ 'availability.rangeOrder' | t }}</p>
              }
            </fieldset>
          } @empty {
            <p class="full">{{ 'availability.noRecurring' | t }}</p>
          }
          @if (form.controls.recurring.length < 20) {
            <button mat-stroked-button type="button" (click)="addRecurring()">
              {{ 'availability.addRecurring' | t }}
            </button>
          }
        </fieldset>

        <halt-form-messages #messages [done]="done()" [error]="error()" [details]="errorDetails()" />
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'availability.save' | t }}</button>
        </div>
      </form>

      <halt-absence-editor [absences]="m.absences" [actions]="actions" (changed)="absenceChanged($event)" />
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
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
    .group > legend {
      font: var(--mat-sys-title-small);
      padding: 0 0.25rem;
    }
    .works,
    .row,
    .full {
      flex: 1 1 100%;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.75rem 1rem;
    }
    .nested {
      border: 0;
      padding: 0;
      margin: 0;
      min-width: 0;
    }
    mat-form-field {
      flex: 1 1 9rem;
      max-width: 14rem;
    }
    .row button {
      margin-top: 0.5rem;
    }
    .field-error {
      flex: 1 1 100%;
      color: var(--mat-sys-error);
      margin: 0 0 0.5rem;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .buttons {
      margin: 0.5rem 0 1rem;
    }
  `,
})
export class AvailabilityPage {
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly messages = viewChild('messages', { read: ElementRef<HTMLElement> });

  private loadFailure: unknown = null;
  protected readonly loaded = load(() =>
    this.api.me().then(
      (m) => {
        this.fill(m);
        return m;
      },
      (e: unknown) => {
        this.loadFailure = e;
        throw e;
      },
    ),
  );
  /** The profile as the last change returned it; newer than the loaded one. */
  protected readonly updated = signal<StaffMemberDto | null>(null);
  protected readonly member = computed(() => this.updated() ?? this.loaded.value());

  protected readonly workdays = WORKDAYS;
  protected readonly form = new FormGroup({
    days: new FormArray<DayForm>(
      WORKDAYS.map(
        () =>
          new FormGroup({ works: new FormControl(false, { nonNullable: true }), ranges: new FormArray<RangeForm>([]) }),
      ),
    ),
    preferred: new FormControl<number[]>([], { nonNullable: true }),
    recurring: new FormArray<RecurringForm>([]),
  });
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);
  private readonly absenceEditor = viewChild(AbsenceEditor);

  protected readonly actions: AbsenceActions = {
    add: (body) => this.api.addAbsence(body),
    remove: (id) => this.api.removeAbsence(id),
  };

  constructor() {
    this.form.controls.days.controls.forEach((g) =>
      g.controls.works.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((works) => {
        if (works && g.controls.ranges.length === 0) g.controls.ranges.push(rangeForm());
        if (works) g.controls.ranges.enable();
        else g.controls.ranges.disable();
      }),
    );
  }

  protected loadError(): string {
    // 404: no staff profile is linked to this account (yet); the API says so in Dutch.
    return apiError(this.loadFailure)?.message ?? this.i18n.t('common.loadFailed');
  }

  protected weekday(day: number): string {
    return this.i18n.t(weekdayKey(day));
  }

  protected day(date: string): string {
    return formatDay(date, this.i18n.locale());
  }

  /** An absence was added or removed: show the new list; the profile's old message no longer applies. */
  protected absenceChanged(m: StaffMemberDto): void {
    this.updated.set(m);
    this.done.set(null);
    this.error.set(null);
    this.errorDetails.set([]);
  }

  protected regionNames(m: StaffMemberDto): string {
    return m.regions.map((r) => r.name).join(', ');
  }

  protected rangeLabel(key: 'availability.rangeStart' | 'availability.rangeEnd', index: number): string {
    const label = this.i18n.t(key);
    return index === 0 ? label : this.i18n.t('availability.rangeNumbered', { label, n: index + 1 });
  }

  protected addRange(dayIndex: number): void {
    const ranges = this.form.controls.days.at(dayIndex).controls.ranges;
    ranges.push(rangeForm(nextRange(ranges.at(ranges.length - 1)?.getRawValue())));
  }

  protected removeRange(dayIndex: number, index: number): void {
    this.form.controls.days.at(dayIndex).controls.ranges.removeAt(index);
  }

  protected togglePreferred(day: Workday, on: boolean): void {
    const c = this.form.controls.preferred;
    const days = new Set(c.value);
    if (on) days.add(day);
    else days.delete(day);
    c.setValue([...days].sort());
    c.markAsDirty();
  }

  protected addRecurring(): void {
    this.form.controls.recurring.push(recurringForm());
  }

  protected removeRecurring(index: number): void {
    this.form.controls.recurring.removeAt(index);
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.form.markAllAsTouched();
    this.absenceEditor()?.clearMessages();
    this.done.set(null);
    this.errorDetails.set([]);
    if (this.form.invalid) {
      this.error.set(this.i18n.t('common.checkFields'));
      this.focusMessages();
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    try {
      const member = await this.api.updateAvailability(toAvailabilityRequest(this.form.getRawValue()));
      this.updated.set(member);
      this.fill(member);
      this.submitted.set(false);
      this.done.set(this.i18n.t('availability.saved'));
    } catch (e) {
      const body = apiError(e);
      this.error.set(body?.message ?? this.i18n.t('common.saveFailed'));
      this.errorDetails.set((body?.errors ?? []).map((f) => `${this.fieldName(f.field)}: ${f.message}`));
    } finally {
      this.busy.set(false);
      this.focusMessages();
    }
  }

  /** The form shows the profile as saved. */
  private fill(m: StaffMemberDto): void {
    WORKDAYS.forEach((d, i) => {
      const g = this.form.controls.days.at(i);
      const ranges = rangesOn(m.workingPattern, d);
      g.controls.ranges.clear({ emitEvent: false });
      for (const r of ranges) g.controls.ranges.push(rangeForm(r));
      g.controls.works.setValue(ranges.length > 0);
    });
    this.form.controls.preferred.setValue([...m.preferredWeekdays].sort());
    this.form.controls.recurring.clear();
    for (const r of m.recurringAbsences)
      this.form.controls.recurring.push(recurringForm(r.weekday, r.start.slice(0, 5), r.end.slice(0, 5)));
    this.form.markAsPristine();
  }

  /** "workingPattern.2" → "dinsdag", "recurringAbsences.0.end" → "Vaste afwezigheid 1"; else the field as sent. */
  private fieldName(field: string): string {
    const [head, index] = field.split('.');
    if (head === 'workingPattern' && index) return this.weekday(Number(index));
    if (head === 'recurringAbsences' && index)
      return this.i18n.t('availability.recurringLegend', { n: Number(index) + 1 });
    if (head === 'preferredWeekdays') return this.i18n.t('availability.preferredHeading');
    if (head === 'workingPattern') return this.i18n.t('availability.patternHeading');
    return field;
  }

  private focusMessages(): void {
    afterNextRender(() => this.messages()?.nativeElement.focus(), { injector: this.injector });
  }
}
