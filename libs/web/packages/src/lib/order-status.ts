import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { PackageOrderState } from '@halt/contracts';
import { packageOrderStateKey, TranslatePipe } from '@halt/web/core';

/** An order's status as a chip: its text always shows, the colour only supports it. */
@Component({
  selector: 'halt-order-status',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="'chip chip--' + status()">{{ key() | t }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: 1rem;
      border: 1px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .chip--ordered {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .chip--accepted,
    .chip--active {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .chip--cancelled {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class OrderStatus {
  readonly status = input.required<PackageOrderState>();
  protected readonly key = computed(() => packageOrderStateKey(this.status()));
}
