import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { BudgetDto } from '@halt/contracts';
import { I18n, TranslatePipe } from '@halt/web/core';

/**
 * An order's credits as a horizontal stacked bar (consumed / reserved / available), made of plain elements,
 * with the same numbers as text beside it. The bar is one image to assistive technology, named by its numbers.
 */
@Component({
  selector: 'halt-budget-bar',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="budget">
      <div class="bar" role="img" [attr.aria-label]="'packages.budgetBarLabel' | t: { text: text() }">
        @let w = widths();
        @if (w.consumed > 0) {
          <div class="segment consumed" [style.width.%]="w.consumed"></div>
        }
        @if (w.reserved > 0) {
          <div class="segment reserved" [style.width.%]="w.reserved"></div>
        }
        @if (w.available > 0) {
          <div class="segment available" [style.width.%]="w.available"></div>
        }
      </div>
      <span class="text">{{ text() }}</span>
    </div>
    @if (legend()) {
      <ul class="legend" aria-hidden="true">
        <li><span class="key consumed"></span>{{ 'packages.consumed' | t }}</li>
        <li><span class="key reserved"></span>{{ 'packages.reserved' | t }}</li>
        <li><span class="key available"></span>{{ 'packages.available' | t }}</li>
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .budget {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    .bar {
      display: flex;
      flex: 1 1 10rem;
      min-width: 8rem;
      max-width: 28rem;
      height: 1rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      overflow: hidden;
      background: var(--mat-sys-surface-container-highest);
    }
    .text {
      flex: 1 1 12rem;
      font: var(--mat-sys-body-medium);
    }
    .consumed {
      background: var(--mat-sys-primary);
    }
    /* Reserved credits are striped, so the parts differ by more than colour. */
    .reserved {
      background: repeating-linear-gradient(
        135deg,
        var(--mat-sys-tertiary) 0 4px,
        var(--mat-sys-tertiary-container) 4px 8px
      );
    }
    .available {
      background: var(--mat-sys-surface-container-highest);
    }
    .segment + .segment {
      border-left: 1px solid var(--mat-sys-surface);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      list-style: none;
      margin: 0.5rem 0 0;
      padding: 0;
      font: var(--mat-sys-body-small);
    }
    .key {
      display: inline-block;
      width: 0.9rem;
      height: 0.9rem;
      margin-right: 0.35rem;
      vertical-align: -0.1rem;
      border: 1px solid var(--mat-sys-outline);
    }
  `,
})
export class BudgetBar {
  private readonly i18n = inject(I18n);
  readonly budget = input.required<BudgetDto>();
  /** Show a key to the colours (on a detail page; a list has the text beside each bar). */
  readonly legend = input(false);

  protected readonly text = computed(() => {
    const b = this.budget();
    return this.i18n.t('packages.budgetText', {
      consumed: b.consumed,
      reserved: b.reserved,
      available: b.available,
      budget: b.budget,
    });
  });

  protected readonly widths = computed(() => {
    const b = this.budget();
    const consumed = Math.max(0, b.consumed);
    const reserved = Math.max(0, b.reserved);
    const available = Math.max(0, b.available);
    const total = Math.max(b.budget, consumed + reserved + available, 1);
    return {
      consumed: (consumed / total) * 100,
      reserved: (reserved / total) * 100,
      available: (available / total) * 100,
    };
  });
}
