import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { AbstractControl, FormControl, ValidationErrors } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { I18n, TranslatePipe, type TranslationKey } from '@halt/web/core';

/** A list control that needs at least one entry (e.g. the weekdays of a window). */
export const atLeastOne = (c: AbstractControl): ValidationErrors | null =>
  Array.isArray(c.value) && c.value.length > 0 ? null : { required: true };

/** Monday to Friday as checkboxes in a fieldset, bound to a control holding ISO weekdays (1 = Monday). */
@Component({
  selector: 'halt-weekday-picker',
  imports: [MatCheckboxModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="weekdays">
      <legend>{{ 'wizard.weekdays' | t }}</legend>
      @for (d of days; track d) {
        <mat-checkbox [checked]="control().value.includes(d)" (change)="toggle(d, $event.checked)">{{
          name(d)
        }}</mat-checkbox>
      }
      @if (control().invalid) {
        <p class="field-error" role="alert">{{ error() ?? ('wizard.weekdaysRequired' | t) }}</p>
      }
    </fieldset>
  `,
  styles: `
    .weekdays {
      border: 0;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    legend {
      font: var(--mat-sys-body-medium);
      padding: 0;
    }
    .field-error {
      color: var(--mat-sys-error);
      margin: 0.25rem 0;
    }
  `,
})
export class WeekdayPicker {
  private readonly i18n = inject(I18n);
  readonly control = input.required<FormControl<number[]>>();
  protected readonly days = [1, 2, 3, 4, 5];

  /** The API's reason when it refused the weekdays. */
  protected error(): string | null {
    const server = this.control().errors?.['server'];
    return typeof server === 'string' ? server : null;
  }

  protected name(day: number): string {
    return this.i18n.t(`weekday.${day}` as TranslationKey);
  }

  protected toggle(day: number, on: boolean): void {
    const c = this.control();
    const days = new Set(c.value);
    if (on) days.add(day);
    else days.delete(day);
    c.setValue([...days].sort());
    c.markAsTouched();
  }
}
