import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@halt/web/core';
import { schoolYearsAround } from './school-years';

/** "Schooljaar": the year shown, the one before and the next; says which one the user picks. */
@Component({
  selector: 'halt-school-year-select',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="field">
      <label [for]="inputId()">{{ 'lines.schoolYear' | t }}</label>
      <select [id]="inputId()" (change)="chosen.emit($any($event.target).value)">
        @for (y of years(); track y) {
          <option [value]="y" [selected]="y === year()">{{ y }}</option>
        }
      </select>
    </p>
  `,
  styles: `
    .field {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
    }
    select {
      font: inherit;
      padding: 0.25rem;
    }
  `,
})
export class SchoolYearSelect {
  /** The school year shown now (`2026-2027`); empty while it is not known. */
  readonly year = input.required<string>();
  readonly inputId = input.required<string>();
  readonly chosen = output<string>();
  protected readonly years = computed(() => schoolYearsAround(this.year()));
}
