import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { CalendarFeedDto } from '@halt/contracts';
import { apiError, AuthStore, I18n, load, TranslatePipe } from '@halt/web/core';
import { AmsterdamTimePipe, LoadError } from '@halt/web/ui';
import { RequestsApi } from './requests-api';

/**
 * `/school/agenda`: the school's private iCal feed. The address holds a secret, so it is shown once, right
 * after it is made; making a new one or revoking stops the old address at once.
 */
@Component({
  selector: 'halt-calendar-feed-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, LoadError, AmsterdamTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'feed.heading' | t }}</h1>
    <p>{{ 'feed.intro' | t }}</p>
    <p>{{ 'feed.secret' | t }}</p>
    @if (feed.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="feed.reload()" />
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
export class CalendarFeedPage {
  private readonly api = inject(RequestsApi);
  protected readonly i18n = inject(I18n);
  private readonly user = inject(AuthStore).user;
  private readonly schoolId = computed(() => this.user()?.organisation.id ?? '');
  protected readonly feed = load<CalendarFeedDto>(() => this.api.calendarFeed(this.schoolId()));
  protected readonly url = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected async renew(): Promise<void> {
    await this.act(async () => {
      const made = await this.api.renewCalendarFeed(this.schoolId());
      this.url.set(made.url ?? null);
      return null;
    });
  }

  protected async revoke(): Promise<void> {
    await this.act(async () => {
      await this.api.revokeCalendarFeed(this.schoolId());
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
