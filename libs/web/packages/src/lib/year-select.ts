import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@halt/web/core';
import { yearOptions } from './labels';

/** A native select of the subsidy year ("Subsidiejaar"). */
@Component({
  selector: 'halt-year-select',
  imports: [MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ 'packages.year' | t }}</mat-label>
      <select matNativeControl (change)="yearChange.emit(+$any($event.target).value)">
        @for (y of years(); track y) {
          <option [value]="y" [selected]="y === year()">{{ y }}</option>
        }
      </select>
    </mat-form-field>
  `,
  styles: `
    mat-form-field {
      width: 12rem;
      max-width: 100%;
    }
  `,
})
export class YearSelect {
  readonly year = input.required<number>();
  readonly yearChange = output<number>();
  protected readonly years = computed(() => yearOptions(this.year()));
}
