import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { I18n } from '@halt/web/core';
import { formatNumber } from './format-model';

export interface TotalItem {
  label: string;
  value: number;
}

/** Key figures of a dashboard as a row of cards: the number large, what it counts below it. */
@Component({
  selector: 'halt-totals',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="totals">
      @for (item of items(); track item.label) {
        <div class="card">
          <dt>{{ item.label }}</dt>
          <dd>{{ format(item.value) }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .totals {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 8rem), 1fr));
      gap: 0.75rem;
      margin: 0 0 1rem;
    }
    .card {
      display: flex;
      flex-direction: column-reverse;
      padding: 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    dt {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-headline-small);
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class Totals {
  private readonly i18n = inject(I18n);
  readonly items = input.required<readonly TotalItem[]>();

  protected format(value: number): string {
    return formatNumber(value, this.i18n.locale());
  }
}
