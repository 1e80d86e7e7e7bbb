import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { CalendarFeedDto } from '@halt/contracts';
import { apiError, I18n, load, TranslatePipe } from '@halt/web/core';
import { AmsterdamTimePipe, LoadError } from '@halt/web/ui';
import { StaffApi } from './staff-api';

/**
 * The specialist's private iCal feed of their own sessions, as a section of their home: like the schools' feed, the
 * address holds a secret, so it is shown once, right after it is made; a new one or revoking stops the old at once.
 */
@Component({
  selector: 'halt-staff-calendar-feed',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, LoadError, AmsterdamTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="staff-feed-heading">
      <h2 id="staff-feed-heading">{{ 'feed.heading' | t }}</h2>
      <p>{{ 'staffFeed.intro' | t }}</p>
      <p>{{ 'staffFeed.secret' | t }}</p>
      @if (feed.failed()) {
        <halt-load-error
          [message]="'common.loadFailed' | t"
          [retryLabel]="'common.retry' | t"
          (retry)="feed.reload()"
        />
      } @else if (feed.value(); as f) {
        <p role="status">
          @if (f.active && f.createdAt) {
            {{ 'feed.active' | t: { since: (f.createdAt | amsterdamTime: i18n.locale()) } }}
          } @else {
            {{ 'feed.inactive' | t }}
          }
        </p>
        @if (url(); as u) {
          <div class="notice">
            <p>{{ 'feed.urlOnce' | t }}</p>
            <mat-form-field appearance="outline" class="url">
              <mat-label>{{ 'feed.url' | t }}</mat-label>
              <input matInput readonly [value]="u" (focus)="$any($event.target).select()" />
            </mat-form-field>
            <button mat-stroked-button type="button" (click)="copy(u)">{{ 'feed.copy' | t }}</button>
          </div>
        }
        <div class="actions">
          <button mat-flat-button type="button" [disabled]="busy()" (click)="renew()">
            {{ (f.active ? 'feed.renew' : 'feed.create') | t }}
          </button>
          @if (f.active) {
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="revoke()">
              {{ 'feed.revoke' | t }}
            </button>
          }
        </div>
        @if (f.active) {
          <p class="hint">{{ 'feed.renewHint' | t }}</p>
        }
        <div aria-live="polite">
          @if (done(); as message) {
            <p class="notice" role="status">{{ message }}</p>
          }
          @if (error(); as message) {
            <p class="notice notice--error" role="alert">{{ message }}</p>
          }
        </div>
      } @else {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    .url {
      display: block;
      max-width: 48rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      margin: 1rem 0 0.5rem;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StaffCalendarFeed {
  private readonly api = inject(StaffApi);
  protected readonly i18n = inject(I18n);
  protected readonly feed = load<CalendarFeedDto>(() => this.api.calendarFeed());
  protected readonly url = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected renew(): Promise<void> {
    return this.act(async () => {
      const made = await this.api.renewCalendarFeed();
      this.url.set(made.url ?? null);
      return null;
    });
  }

  protected revoke(): Promise<void> {
    return this.act(async () => {
      await this.api.revokeCalendarFeed();
      this.url.set(null);
      return this.i18n.t('feed.revoked');
    });
  }

  protected async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.done.set(this.i18n.t('feed.copied'));
    } catch {
      // No clipboard permission: the field is selected on focus, so copying by hand still works.
    }
  }

  private async act(work: () => Promise<string | null>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.done.set(null);
    try {
      this.done.set(await work());
      this.feed.reload();
    } catch (e) {
      this.error.set(apiError(e)?.message ?? this.i18n.t('common.saveFailed'));
    } finally {
      this.busy.set(false);
    }
  }
}
