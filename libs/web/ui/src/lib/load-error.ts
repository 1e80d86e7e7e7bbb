import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/** A failed load, announced to screen readers, with a retry button. Texts come translated from the caller. */
@Component({
  selector: 'halt-load-error',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="load-error" role="alert">
      <p>{{ message() }}</p>
      <button mat-stroked-button type="button" (click)="retry.emit()">{{ retryLabel() }}</button>
    </div>
  `,
  styles: `
    .load-error {
      border-left: 4px solid var(--mat-sys-error);
      padding: 0.5rem 1rem;
      margin: 1rem 0;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class LoadError {
  readonly message = input.required<string>();
  readonly retryLabel = input.required<string>();
  readonly retry = output<void>();
}
