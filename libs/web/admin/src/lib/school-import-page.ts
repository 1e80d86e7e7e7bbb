import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { SchoolImportOutcome, SchoolImportPreviewDto } from '@halt/contracts';
import { apiError, I18n, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { AdminApi } from './admin-api';

const OUTCOME_KEY: Record<SchoolImportOutcome, TranslationKey> = {
  new: 'schoolImport.outcome.new',
  changed: 'schoolImport.outcome.changed',
  unchanged: 'schoolImport.outcome.unchanged',
  refused: 'schoolImport.outcome.refused',
};

/**
 * `/beheer/scholen-importeren`: an admin picks DUO's CSV of school locations, sees per line what would happen
 * (new, changed with the fields, unchanged, refused with the reason) and then imports it. The file is posted
 * twice — for the preview and for the import — and the API works the plan out again when importing.
 */
@Component({
  selector: 'halt-school-import-page',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'schoolImport.heading' | t }}</h1>
    <p>{{ 'schoolImport.intro' | t }}</p>
    <p>
      <label for="duo-file">{{ 'schoolImport.fileLabel' | t }}</label>
      <input id="duo-file" type="file" accept=".csv,text/csv" (change)="pick($event)" />
    </p>
    <p class="actions">
      <button mat-flat-button type="button" [disabled]="!csv() || busy()" (click)="preview()">
        {{ 'schoolImport.previewButton' | t }}
      </button>
      @if (plan(); as p) {
        <button
          mat-flat-button
          type="button"
          [disabled]="busy() || p.counts.new + p.counts.changed === 0"
          (click)="commit()"
        >
          {{ 'schoolImport.commitButton' | t: { count: p.counts.new + p.counts.changed } }}
        </button>
      }
    </p>
    <div aria-live="polite">
      @if (done(); as message) {
        <p class="notice" role="status">{{ message }}</p>
      }
      @if (error(); as message) {
        <p class="notice notice--error" role="alert">{{ message }}</p>
      }
    </div>
    @if (plan(); as p) {
      <h2>{{ 'schoolImport.previewHeading' | t }}</h2>
      <p data-testid="import-counts">
        {{
          'schoolImport.counts'
            | t
              : {
                  new: p.counts.new,
                  changed: p.counts.changed,
                  unchanged: p.counts.unchanged,
                  refused: p.counts.refused,
                }
        }}
      </p>
      @let caption = 'schoolImport.caption' | t: { count: p.rows.length };
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'schoolImport.line' | t }}</th>
              <th scope="col">{{ 'schoolImport.brin' | t }}</th>
              <th scope="col">{{ 'schoolImport.name' | t }}</th>
              <th scope="col">{{ 'schoolImport.outcome' | t }}</th>
              <th scope="col">{{ 'schoolImport.details' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of p.rows; track row.line) {
              <tr [attr.data-outcome]="row.outcome">
                <td>{{ row.line }}</td>
                <td>{{ row.brin }}</td>
                <th scope="row">{{ row.name }}</th>
                <td>{{ outcomeKey(row.outcome) | t }}</td>
                <td>
                  @if (row.reason) {
                    {{ row.reason }}
                  } @else if (row.changedFields.length) {
                    {{ 'schoolImport.changedFields' | t: { fields: row.changedFields.join(', ') } }}
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    input[type='file'] {
      display: block;
      margin-top: 0.25rem;
      max-width: 100%;
    }
    tr[data-outcome='refused'] td:nth-child(4) {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
  `,
})
export class SchoolImportPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18n);
  protected readonly csv = signal<string | null>(null);
  protected readonly plan = signal<SchoolImportPreviewDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected outcomeKey(outcome: SchoolImportOutcome): TranslationKey {
    return OUTCOME_KEY[outcome];
  }

  protected async pick(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.plan.set(null);
    this.done.set(null);
    this.error.set(null);
    this.csv.set(file ? await file.text() : null);
  }

  protected async preview(): Promise<void> {
    const csv = this.csv();
    if (!csv) return;
    await this.run(async () => {
      this.plan.set(await this.api.previewSchoolImport(csv));
    });
  }

  protected async commit(): Promise<void> {
    const csv = this.csv();
    if (!csv) return;
    await this.run(async () => {
      const result = await this.api.commitSchoolImport(csv);
      this.done.set(this.i18n.t('schoolImport.committed', { new: result.counts.new, changed: result.counts.changed }));
      this.plan.set(null);
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.done.set(null);
    this.error.set(null);
    try {
      await work();
    } catch (e) {
      const body = apiError(e);
      this.error.set(body?.errors?.[0]?.message ?? body?.message ?? this.i18n.t('common.saveFailed'));
    } finally {
      this.busy.set(false);
    }
  }
}
