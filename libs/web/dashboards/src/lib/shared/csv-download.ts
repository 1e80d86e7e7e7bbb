import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { apiError, I18n, TranslatePipe } from '@halt/web/core';
import { saveText } from '@halt/web/ui';

/**
 * "CSV downloaden" for one table: fetches the file with the access token and saves it. The button's name
 * says which table; a failure is announced beside it.
 */
@Component({
  selector: 'halt-csv-download',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-stroked-button
      type="button"
      [disabled]="busy()"
      disabledInteractive
      [attr.aria-label]="'dashboard.csv.label' | t: { table: table() }"
      (click)="download()"
    >
      {{ 'dashboard.csv.download' | t }}
    </button>
    <span class="status" aria-live="polite">
      @if (busy()) {
        {{ 'dashboard.csv.busy' | t }}
      }
    </span>
    <div role="alert">
      @if (error(); as message) {
        <p class="notice notice--error">{{ message }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      margin: 0.5rem 0 1.5rem;
    }
    .status {
      margin-left: 0.75rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CsvDownload {
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18n);
  /** The table's name, e.g. "Sessies en leerlingen per maand". */
  readonly table = input.required<string>();
  readonly fileName = input.required<string>();
  /** Fetches the CSV text. */
  readonly fetch = input.required<() => Promise<string>>();
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async download(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      saveText(this.document, await this.fetch()(), this.fileName());
    } catch (e) {
      this.error.set(apiError(e)?.message ?? this.i18n.t('dashboard.csv.failed', { table: this.table() }));
    } finally {
      this.busy.set(false);
    }
  }
}

/** One download function per table, made once so that the buttons' inputs stay the same between renders. */
export function csvFetchers<T extends string>(
  tables: readonly T[],
  fetch: (table: T) => Promise<string>,
): Record<T, () => Promise<string>> {
  return Object.fromEntries(tables.map((t) => [t, () => fetch(t)])) as Record<T, () => Promise<string>>;
}
