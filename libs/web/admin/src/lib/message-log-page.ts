import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { MessageLogDto } from '@halt/contracts';
import { I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError, Pager, pagesOf } from '@halt/web/ui';
import { AdminApi } from './admin-api';
import { formatMoment, MESSAGE_STATUSES, messageStatusKey, reminderKindKey, transportKey } from './labels';

/** The Bull Board dashboard the API serves (not an Angular route). */
const QUEUES_PATH = '/admin/queues';

/**
 * `/beheer/berichten`: every message per recipient — sent, failed with the reason, or being sent — newest
 * first, filtered by status and recipient; a row opens to show the text as sent. Links to the queue dashboard.
 */
@Component({
  selector: 'halt-message-log-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, LoadError, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'messages.heading' | t }}</h1>
    <p>{{ 'messages.intro' | t }}</p>

    <div class="queues">
      <a [href]="queuesPath" aria-describedby="queues-note" (click)="openQueues($event)">{{
        'messages.queuesLink' | t
      }}</a>
      <p id="queues-note" class="hint">{{ 'messages.queuesNote' | t }}</p>
      <div aria-live="assertive">
        @if (queuesFailed()) {
          <p class="notice notice--error" role="alert">{{ 'messages.queuesFailed' | t }}</p>
        }
      </div>
    </div>

    <form class="inline-form" role="search" [attr.aria-label]="'messages.filters' | t" (ngSubmit)="filter()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'messages.status' | t }}</mat-label>
        <select matNativeControl name="status" [(ngModel)]="status">
          <option value="">{{ 'common.all' | t }}</option>
          @for (s of statuses; track s) {
            <option [value]="s">{{ messageStatusKey(s) | t }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'messages.recipient' | t }}</mat-label>
        <input matInput type="search" name="recipient" maxlength="254" autocomplete="off" [(ngModel)]="recipient" />
        <mat-hint>{{ 'messages.recipientHint' | t }}</mat-hint>
      </mat-form-field>
      <button mat-flat-button type="submit">{{ 'common.filter' | t }}</button>
    </form>

    @if (log.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="log.reload()" />
    } @else if (log.value(); as result) {
      @let list = result.items;
      @if (log.loading()) {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
      @let caption = 'messages.caption' | t: { count: result.total };
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'messages.text' | t }}</th>
              <th scope="col">{{ 'messages.date' | t }}</th>
              <th scope="col">{{ 'messages.recipient' | t }}</th>
              <th scope="col">{{ 'messages.kind' | t }}</th>
              <th scope="col">{{ 'messages.subject' | t }}</th>
              <th scope="col">{{ 'messages.status' | t }}</th>
              <th scope="col" class="number">{{ 'messages.attempts' | t }}</th>
              <th scope="col">{{ 'messages.error' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (m of list; track m.id) {
              @let open = expanded().has(m.id);
              <tr>
                <td>
                  <button
                    mat-button
                    type="button"
                    class="toggle"
                    [attr.aria-expanded]="open"
                    [attr.aria-controls]="open ? 'message-' + m.id : null"
                    (click)="toggle(m.id)"
                  >
                    <span class="marker" aria-hidden="true">{{ open ? '▾' : '▸' }}</span>
                    {{ 'messages.showText' | t }}
                    <span class="visually-hidden">{{
                      'messages.showTextOf' | t: { subject: m.subject, recipient: m.recipient }
                    }}</span>
                  </button>
                </td>
                <th scope="row" class="nowrap">
                  <time [attr.datetime]="m.createdAt">{{ moment(m.createdAt) }}</time>
                </th>
                <td>{{ m.recipient }}</td>
                <td>{{ kindName(m.kind) }}</td>
                <td class="wide">{{ m.subject }}</td>
                <td>
                  <span [class]="'chip chip--' + m.status">{{ messageStatusKey(m.status) | t }}</span>
                </td>
                <td class="number">{{ m.attempts }}</td>
                <td class="wide">{{ m.error ?? '' }}</td>
              </tr>
              @if (open) {
                <tr class="expanded" [id]="'message-' + m.id">
                  <td colspan="8">
                    <!-- Sticks to the left of the scrolling table, as wide as the screen: readable at 320 px. -->
                    <div class="expanded-content">
                      <dl class="details">
                        <dt>{{ 'messages.sentAt' | t }}</dt>
                        <dd>{{ m.sentAt ? moment(m.sentAt) : ('messages.notSent' | t) }}</dd>
                        <dt>{{ 'messages.transport' | t }}</dt>
                        <dd>{{ transportKey(m.transport) | t }}</dd>
                        @if (m.providerId) {
                          <dt>{{ 'messages.providerId' | t }}</dt>
                          <dd>{{ m.providerId }}</dd>
                        }
                      </dl>
                      <p class="body-label">{{ 'messages.bodyText' | t }}</p>
                      <pre class="body">{{ m.bodyText }}</pre>
                    </div>
                  </td>
                </tr>
              }
            } @empty {
              <tr>
                <td colspan="8">{{ 'messages.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (pagesOf(result) > 1) {
        <halt-pager
          [page]="result.page"
          [pages]="pagesOf(result)"
          [busy]="log.loading()"
          [label]="'messages.pagerLabel' | t"
          [status]="'common.pageOf' | t: { page: result.page, pages: pagesOf(result) }"
          [previousLabel]="'common.previous' | t"
          [nextLabel]="'common.next' | t"
          (pageChange)="page.set($event); log.reload()"
        />
      }
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .queues {
      margin: 0 0 1rem;
    }
    .queues p {
      margin: 0.25rem 0 0;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .number {
      text-align: right;
    }
    .nowrap {
      white-space: nowrap;
    }
    .wide {
      min-width: 12rem;
      max-width: 24rem;
      overflow-wrap: anywhere;
    }
    .toggle {
      white-space: nowrap;
    }
    .marker {
      display: inline-block;
      width: 1em;
    }
    .expanded td {
      background: var(--mat-sys-surface-container-low);
    }
    .expanded-content {
      position: sticky;
      left: 0.75rem;
      max-width: min(72ch, calc(100vw - 3.5rem));
    }
    .body-label {
      margin: 0.75rem 0 0.25rem;
      font-weight: 600;
    }
    .body {
      margin: 0;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface);
      font: var(--mat-sys-body-medium);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .chip {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: 1rem;
      border: 1px solid var(--mat-sys-outline);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .chip--sent {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .chip--failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .chip--sending {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class MessageLogPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  protected readonly statuses = MESSAGE_STATUSES;
  protected readonly page = signal(1);
  protected readonly pagesOf = pagesOf;
  protected readonly queuesPath = QUEUES_PATH;

  /** The form's values; they apply on "Filteren". */
  protected status: MessageLogDto['status'] | '' = '';
  protected recipient = '';
  private applied: { status: MessageLogDto['status'] | ''; recipient: string } = { status: '', recipient: '' };

  protected readonly log = load(() =>
    this.api.messageLog({
      status: this.applied.status || undefined,
      recipient: this.applied.recipient || undefined,
      page: this.page(),
    }),
  );
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly queuesFailed = signal(false);

  protected readonly messageStatusKey = messageStatusKey;
  protected readonly transportKey = transportKey;

  protected kindName(kind: string): string {
    const key = reminderKindKey(kind);
    return key ? this.i18n.t(key) : kind;
  }

  protected moment(iso: string): string {
    return formatMoment(iso, this.i18n.locale());
  }

  protected filter(): void {
    this.applied = { status: this.status, recipient: this.recipient.trim() };
    this.page.set(1);
    this.expanded.set(new Set());
    this.log.reload();
  }

  protected toggle(id: string): void {
    const next = new Set(this.expanded());
    if (!next.delete(id)) next.add(id);
    this.expanded.set(next);
  }

  /**
   * The dashboard is a server page without the portal's bearer token: first get the 15-minute ticket cookie,
   * then open it in this window.
   */
  protected async openQueues(event: MouseEvent): Promise<void> {
    event.preventDefault();
    this.queuesFailed.set(false);
    try {
      await this.api.queueDashboardTicket();
      this.document.location.assign(QUEUES_PATH);
    } catch {
      this.queuesFailed.set(true);
    }
  }
}
