import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { DashboardPeriod } from '@halt/contracts';
import { TranslatePipe, type TranslationKey } from '@halt/web/core';
import { INVALID_FIELD } from '../shared/invalid-field';
import { matchingPreset, PERIOD_PRESETS, type PeriodPreset, presetPeriod, validatePeriod } from './period-model';

/**
 * The period of a dashboard or the trends page: quick choices (this or last calendar year, this school year)
 * and two dates. A quick choice applies at once; typed dates apply on "Tonen", once both are filled in and the
 * end is not before the start.
 */
@Component({
  selector: 'halt-period-filter',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="period-filter" [formGroup]="form" (ngSubmit)="apply()" novalidate>
      <fieldset>
        <legend>{{ 'dashboard.period.legend' | t }}</legend>
        <div class="presets" role="group" [attr.aria-label]="'dashboard.period.presets' | t">
          @for (p of presets; track p) {
            <button mat-stroked-button type="button" [attr.aria-pressed]="p === active()" (click)="choose(p)">
              {{ presetKey(p) | t }}
            </button>
          }
        </div>
        <div class="dates">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'dashboard.period.from' | t }}</mat-label>
            <input matInput type="date" formControlName="from" required />
            @if (form.controls.from.getError('period'); as key) {
              <mat-error>{{ key | t }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'dashboard.period.to' | t }}</mat-label>
            <input matInput type="date" formControlName="to" required [min]="form.controls.from.value" />
            @if (form.controls.to.getError('period'); as key) {
              <mat-error>{{ key | t }}</mat-error>
            }
          </mat-form-field>
          <button mat-flat-button type="submit">{{ 'dashboard.period.show' | t }}</button>
        </div>
      </fieldset>
    </form>
  `,
  styles: `
    fieldset {
      border: 0;
      margin: 0 0 1rem;
      padding: 0;
      min-width: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0;
      margin-bottom: 0.5rem;
    }
    .presets {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-bottom: 0.75rem;
    }
    .presets button[aria-pressed='true'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      border-color: var(--mat-sys-on-secondary-container);
    }
    .dates {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 1rem;
    }
    .dates mat-form-field {
      flex: 1 1 11rem;
      max-width: 14rem;
    }
    .dates button {
      margin-top: 0.5rem;
    }
  `,
})
export class PeriodFilter {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** The period shown now. */
  readonly period = input.required<DashboardPeriod>();
  /** Today in the Netherlands (yyyy-mm-dd): the quick choices count from it. */
  readonly today = input.required<string>();
  readonly periodChange = output<DashboardPeriod>();

  protected readonly presets = PERIOD_PRESETS;
  protected readonly form = inject(NonNullableFormBuilder).group({ from: '', to: '' });
  protected readonly active = computed(() => matchingPreset(this.period(), this.today()));

  constructor() {
    // Follows the shown period, also when it changes by going back in the browser.
    effect(() => {
      const p = this.period();
      untracked(() => this.form.reset({ from: p.from, to: p.to }));
    });
  }

  protected presetKey(preset: PeriodPreset): TranslationKey {
    return `dashboard.period.preset.${preset}`;
  }

  protected choose(preset: PeriodPreset): void {
    const period = presetPeriod(preset, this.today());
    this.form.reset(period);
    this.periodChange.emit(period);
  }

  protected apply(): void {
    const { from, to } = this.form.getRawValue();
    const errors = validatePeriod(from, to);
    const keys: Record<'from' | 'to', TranslationKey | undefined> = {
      from: errors.from && `dashboard.period.from.${errors.from}`,
      to: errors.to && `dashboard.period.to.${errors.to}`,
    };
    for (const name of ['from', 'to'] as const) {
      const control = this.form.controls[name];
      control.setErrors(keys[name] ? { period: keys[name] } : null);
      control.markAsTouched();
    }
    if (keys.from || keys.to) {
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(INVALID_FIELD)?.focus(), {
        injector: this.injector,
      });
      return;
    }
    this.periodChange.emit({ from, to });
  }
}
