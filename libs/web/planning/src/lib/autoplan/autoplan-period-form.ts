import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { RegionDto } from '@halt/contracts';
import type { LocalDate } from '@halt/domain';
import { I18n, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { defaultPeriod, periodInOrder } from './autoplan-model';

/** The region, period and time limit of a new run. */
export type PeriodForm = FormGroup<{
  regionId: FormControl<string>;
  from: FormControl<string>;
  to: FormControl<string>;
  timeLimitSeconds: FormControl<number | null>;
}>;

/** A period form that opens on {@link defaultPeriod} from `today`. */
export function periodForm(today: LocalDate): PeriodForm {
  const period = defaultPeriod(today);
  return new FormGroup(
    {
      regionId: new FormControl('', { nonNullable: true, validators: Validators.required }),
      from: new FormControl(period.from, { nonNullable: true, validators: Validators.required }),
      to: new FormControl(period.to, { nonNullable: true, validators: Validators.required }),
      timeLimitSeconds: new FormControl<number | null>(null, [
        Validators.min(1),
        Validators.max(300),
        Validators.pattern(/^\d+$/),
      ]),
    },
    { validators: periodInOrder },
  );
}

type Field = keyof PeriodForm['controls'];

/**
 * The fields of a new auto-planner run: one of the planner's regions, the first and last day, and an optional
 * time limit. The page owns the form (it shows the API's refusals on its controls); this shows it and says when
 * the planner starts.
 */
@Component({
  selector: 'halt-autoplan-period-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = form();
    <form [formGroup]="f" (ngSubmit)="startRun.emit()" novalidate>
      <fieldset class="group">
        <legend>{{ 'autoplan.formLegend' | t }}</legend>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'autoplan.region' | t }}</mat-label>
          <select matNativeControl formControlName="regionId" required>
            @for (region of regions(); track region.id) {
              <option [value]="region.id">{{ region.name }}</option>
            }
          </select>
          @if (f.controls.regionId.invalid) {
            <mat-error>{{ message('regionId', 'autoplan.regionRequired') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'autoplan.from' | t }}</mat-label>
          <input matInput type="date" formControlName="from" required />
          @if (f.controls.from.invalid) {
            <mat-error>{{ message('from', 'autoplan.dateRequired') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'autoplan.to' | t }}</mat-label>
          <input matInput type="date" formControlName="to" required [min]="f.controls.from.value" />
          @if (f.controls.to.invalid) {
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
          @if (f.controls.timeLimitSeconds.invalid) {
            <mat-error>{{ message('timeLimitSeconds', 'autoplan.timeLimitRange') }}</mat-error>
          }
        </mat-form-field>
        @if (submitted() && f.errors?.['order']) {
          <p class="field-error">{{ 'autoplan.periodOrder' | t }}</p>
        }
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'autoplan.start' | t }}</button>
        </div>
      </fieldset>
    </form>
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
  `,
})
export class AutoplanPeriodForm {
  private readonly i18n = inject(I18n);
  readonly form = input.required<PeriodForm>();
  /** The regions the planner plans. */
  readonly regions = input.required<readonly RegionDto[]>();
  /** The API's reasons per field of the last refused start. */
  readonly serverErrors = input<Readonly<Record<string, string>>>({});
  /** Whether the planner tried to start (then the order of the dates is checked too). */
  readonly submitted = input(false);
  readonly busy = input(false);
  /** The planner asks to start a run with the form as it is. */
  readonly startRun = output<void>();

  protected message(field: Field, key: TranslationKey): string {
    return this.serverErrors()[field] ?? this.i18n.t(key);
  }
}
