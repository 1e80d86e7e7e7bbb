import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/** How many pages a paged answer of the API has (at least 1). */
export const pagesOf = (p: { total: number; pageSize: number }): number => Math.max(1, Math.ceil(p.total / p.pageSize));

/** Previous / "page X of Y" / next for a paged list. Texts come translated from the caller. */
@Component({
  selector: 'halt-pager',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="pager" [attr.aria-label]="label()">
      <button mat-stroked-button type="button" [disabled]="page() <= 1 || busy()" (click)="pageChange.emit(page() - 1)">
        {{ previousLabel() }}
      </button>
      <span aria-live="polite">{{ status() }}</span>
      <button
        mat-stroked-button
        type="button"
        [disabled]="page() >= pages() || busy()"
        (click)="pageChange.emit(page() + 1)"
      >
        {{ nextLabel() }}
      </button>
    </nav>
  `,
})
export class Pager {
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  readonly busy = input(false);
  readonly label = input.required<string>();
  readonly status = input.required<string>();
  readonly previousLabel = input.required<string>();
  readonly nextLabel = input.required<string>();
  readonly pageChange = output<number>();
}
