import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { apiError, I18n, TranslatePipe } from '@halt/web/core';
import { saveText } from '@halt/web/ui';
import { AccountApi } from './account-api';

/** "Download wat het portaal over u bewaart" on Mijn account: everything the portal keeps about the user, as JSON or CSV. */
@Component({
  selector: 'halt-personal-data-download',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="personal-data-heading">
      <h2 id="personal-data-heading">{{ 'account.privacyHeading' | t }}</h2>
      <p>{{ 'account.privacyIntro' | t }}</p>
      <div class="actions">
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="download('json')">
          {{ 'account.downloadJson' | t }}
        </button>
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="download('csv')">
          {{ 'account.downloadCsv' | t }}
        </button>
      </div>
      <div aria-live="polite">
        @if (error(); as message) {
          <p class="field-error" role="alert">{{ message }}</p>
        }
      </div>
    </section>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class PersonalDataDownload {
  private readonly api = inject(AccountApi);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18n);
  readonly userId = input.required<string>();
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async download(format: 'json' | 'csv'): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const text = await this.api.personalData(this.userId(), format);
      saveText(
        this.document,
        text,
        `persoonsgegevens.${format}`,
        format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
      );
    } catch (e) {
      this.error.set(apiError(e)?.message ?? this.i18n.t('common.loadFailed'));
    } finally {
      this.busy.set(false);
    }
  }
}
