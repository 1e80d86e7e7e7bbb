import { CdkConnectedOverlay, CdkOverlayOrigin, type ConnectedPosition } from '@angular/cdk/overlay';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { NotificationDto } from '@halt/contracts';
import { I18n } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { NotificationsStore } from './notifications.store';

let nextId = 0;
const moments = new Map<string, Intl.DateTimeFormat>();

/** Below the bell, its right edge first (the bell sits on the right), else its left edge, else above. */
const POSITIONS: ConnectedPosition[] = [
  { originX: 'end', originY: 'bottom', overlayX: 'end', overlayY: 'top', offsetY: 4 },
  { originX: 'start', originY: 'bottom', overlayX: 'start', overlayY: 'top', offsetY: 4 },
  { originX: 'end', originY: 'top', overlayX: 'end', overlayY: 'bottom', offsetY: -4 },
];

/**
 * The toolbar's notification bell: the unread count as a badge, and a disclosure panel with the latest
 * notifications. The panel follows the bell in the page's order (an inline popover), so Tab moves into it;
 * Escape or "Sluiten" closes it and returns to the bell, as do a click outside and tabbing past its end.
 */
@Component({
  selector: 'halt-notification-bell',
  imports: [CdkOverlayOrigin, CdkConnectedOverlay, MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      #bell
      mat-button
      type="button"
      class="bell"
      cdkOverlayOrigin
      #origin="cdkOverlayOrigin"
      [attr.aria-label]="'notifications.bellLabel' | t: { count: store.unread() }"
      [attr.aria-expanded]="open()"
      [attr.aria-controls]="open() ? panelId : null"
      (click)="toggle()"
    >
      <svg class="bell-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22">
        <path
          d="M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z"
        />
      </svg>
      @if (store.unread() > 0) {
        <span class="badge" aria-hidden="true">{{ badge() }}</span>
      }
    </button>
    <!-- Not role="status": the shell's live region must not collide with a page's own status messages. -->
    <div class="visually-hidden" aria-live="polite">{{ arrivedText() }}</div>

    <ng-template
      cdkConnectedOverlay
      [cdkConnectedOverlayOrigin]="origin"
      [cdkConnectedOverlayOpen]="open()"
      [cdkConnectedOverlayPositions]="positions"
      [cdkConnectedOverlayViewportMargin]="8"
      [cdkConnectedOverlayPush]="true"
      [cdkConnectedOverlayDisableClose]="true"
      cdkConnectedOverlayUsePopover="inline"
      (overlayKeydown)="keydown($event)"
      (overlayOutsideClick)="close(false)"
      (detach)="close(false)"
    >
      <section class="panel" [id]="panelId" [attr.aria-labelledby]="headingId" (focusout)="focusOut($event)">
        <div class="panel-head">
          <h2 #heading class="panel-heading" [id]="headingId" tabindex="-1">{{ 'notifications.heading' | t }}</h2>
          <button mat-button type="button" (click)="close(true)" [attr.aria-label]="'notifications.closeLabel' | t">
            {{ 'notifications.close' | t }}
          </button>
        </div>
        @if (store.loaded()) {
          <div class="panel-actions">
            <p class="summary">{{ 'notifications.summary' | t: { count: store.unread() } }}</p>
            @if (store.unread() > 0) {
              <button mat-stroked-button type="button" (click)="markAllRead()">
                {{ 'notifications.markAllRead' | t }}
              </button>
            }
          </div>
        }
        @if (store.failed()) {
          <div class="panel-error" role="alert">
            <p>{{ 'notifications.loadFailed' | t }}</p>
            <button mat-stroked-button type="button" (click)="store.refresh()">{{ 'common.retry' | t }}</button>
          </div>
        }
        @if (store.loaded()) {
          @if (store.items().length) {
            <ul class="items">
              @for (n of store.items(); track n.id) {
                <li class="item" [class.item--unread]="!n.read">
                  <p class="item-title">
                    @if (!n.read) {
                      <span class="new">{{ 'notifications.new' | t }}</span>
                    }
                    @if (internalLink(n); as path) {
                      <a [routerLink]="path" (click)="follow(n)">{{ n.title }}</a>
                    } @else if (externalLink(n); as href) {
                      <a [href]="href" (click)="follow(n)">{{ n.title }}</a>
                    } @else {
                      {{ n.title }}
                    }
                  </p>
                  <p class="item-date">
                    <time [attr.datetime]="n.createdAt">{{ moment(n.createdAt) }}</time>
                  </p>
                  @if (!n.read) {
                    <button
                      mat-button
                      type="button"
                      class="mark"
                      (click)="markRead(n)"
                      [attr.aria-label]="'notifications.markReadLabel' | t: { title: n.title }"
                    >
                      {{ 'notifications.markRead' | t }}
                    </button>
                  }
                </li>
              }
            </ul>
          } @else {
            <p>{{ 'notifications.none' | t }}</p>
          }
        } @else if (!store.failed()) {
          <p>{{ 'common.loading' | t }}</p>
        }
        <div class="panel-status" aria-live="polite">
          @if (message(); as m) {
            <p [class.panel-error]="messageIsError()">{{ m }}</p>
          }
        </div>
      </section>
    </ng-template>
  `,
  styles: `
    :host {
      display: inline-flex;
    }
    .bell {
      min-width: 48px;
      padding-inline: 8px;
    }
    .bell-icon {
      fill: currentColor;
      flex: none;
    }
    .badge {
      display: inline-block;
      min-width: 1.25rem;
      margin-left: 0.125rem;
      padding: 0 0.375rem;
      box-sizing: border-box;
      border: 1px solid transparent;
      border-radius: 1rem;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: var(--mat-sys-label-medium);
      font-weight: 700;
      line-height: 1.25rem;
      text-align: center;
    }
    /* The panel sits inside the toolbar in the page's order: undo the toolbar's colours, font and nowrap. */
    .panel {
      box-sizing: border-box;
      width: min(24rem, calc(100vw - 16px));
      max-height: min(32rem, calc(100vh - 6rem));
      overflow-y: auto;
      padding: 0.5rem 1rem 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      box-shadow: var(--mat-sys-level3);
      font: var(--mat-sys-body-medium);
      letter-spacing: normal;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .panel .mat-mdc-button:not(:disabled),
    .panel .mat-mdc-outlined-button:not(:disabled) {
      color: var(--mat-sys-primary);
    }
    .panel .mat-mdc-outlined-button:not(:disabled) {
      border-color: var(--mat-sys-outline);
    }
    .panel :focus-visible {
      outline: 3px solid var(--mat-sys-tertiary);
      outline-offset: 2px;
    }
    .panel a {
      color: var(--mat-sys-primary);
    }
    .panel-head,
    .panel-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem 0.5rem;
    }
    .panel-heading {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .summary {
      margin: 0.25rem 0;
    }
    .items {
      list-style: none;
      margin: 0.5rem 0 0;
      padding: 0;
    }
    .item {
      padding: 0.5rem 0 0.5rem 0.5rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
      border-left: 4px solid transparent;
    }
    .item--unread {
      border-left-color: var(--mat-sys-primary);
    }
    .item p {
      margin: 0;
    }
    .item--unread .item-title {
      font-weight: 600;
    }
    .new {
      margin-right: 0.375rem;
      padding: 0 0.375rem;
      border-radius: 0.25rem;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font: var(--mat-sys-label-small);
    }
    .item-date {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .mark {
      margin-left: -0.75rem;
    }
    .panel-status p {
      margin: 0.5rem 0 0;
    }
    .panel-error {
      margin: 0.5rem 0 0;
      padding: 0.25rem 0.5rem;
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .panel-error p {
      margin: 0.25rem 0;
    }
  `,
})
export class NotificationBell {
  protected readonly store = inject(NotificationsStore);
  private readonly i18n = inject(I18n);
  private readonly bell = viewChild.required('bell', { read: ElementRef<HTMLElement> });
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly panelId = `halt-notifications-${nextId}`;
  protected readonly headingId = `halt-notifications-heading-${nextId++}`;
  protected readonly positions = POSITIONS;
  protected readonly open = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly messageIsError = signal(false);

  protected readonly badge = computed(() => (this.store.unread() > 99 ? '99+' : String(this.store.unread())));
  protected readonly arrivedText = computed(() => {
    const arrived = this.store.arrived();
    if (!arrived) return '';
    return arrived.count === 1
      ? this.i18n.t('notifications.arrivedOne', { title: arrived.title })
      : this.i18n.t('notifications.arrivedMany', { count: arrived.count });
  });

  protected toggle(): void {
    if (this.open()) {
      this.close(false);
      return;
    }
    this.message.set(null);
    this.open.set(true);
    void this.store.refresh();
  }

  /** Closes the panel; back to the bell when the user closed it from the keyboard or with "Sluiten". */
  protected close(toBell: boolean): void {
    if (!this.open()) return;
    this.open.set(false);
    if (toBell) this.bell().nativeElement.focus();
  }

  protected keydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      this.close(true);
    }
  }

  /** Tabbing out of the panel (not back to the bell) closes it, so it never hides what has focus. */
  protected focusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    const panel = event.currentTarget as HTMLElement;
    if (next && !panel.contains(next) && !this.bell().nativeElement.contains(next)) this.close(false);
  }

  protected async markRead(n: NotificationDto): Promise<void> {
    this.focusHeading(); // the button goes away once the notification is read
    const ok = await this.store.markRead(n.id);
    this.say(ok ? this.i18n.t('notifications.markedRead', { title: n.title }) : null, !ok);
  }

  protected async markAllRead(): Promise<void> {
    this.focusHeading();
    const ok = await this.store.markAllRead();
    this.say(ok ? this.i18n.t('notifications.allMarkedRead') : null, !ok);
  }

  /** Following a notification's link reads it and closes the panel. */
  protected follow(n: NotificationDto): void {
    if (!n.read) void this.store.markRead(n.id);
    this.close(false);
  }

  /** A path inside the portal ("/school/aanvragen/…"), followed by the router. */
  protected internalLink(n: NotificationDto): string | null {
    return n.link && n.link.startsWith('/') && !n.link.startsWith('//') ? n.link : null;
  }

  protected externalLink(n: NotificationDto): string | null {
    return n.link && /^https?:\/\//i.test(n.link) ? n.link : null;
  }

  protected moment(iso: string): string {
    const locale = this.i18n.locale();
    let f = moments.get(locale);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
      moments.set(locale, f);
    }
    return f.format(new Date(iso));
  }

  private say(text: string | null, isError: boolean): void {
    this.messageIsError.set(isError);
    this.message.set(isError ? this.i18n.t('notifications.markFailed') : text);
  }

  private focusHeading(): void {
    this.heading()?.nativeElement.focus();
  }
}
