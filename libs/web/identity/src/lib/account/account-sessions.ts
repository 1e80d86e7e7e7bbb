import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import type { SignInSessionDto } from '@halt/contracts';
import { apiError, AuthStore, I18n, load, TranslatePipe } from '@halt/web/core';
import { FormMessages, LoadError } from '@halt/web/ui';
import { AccountApi } from './account-api';
import { deviceName, formatMoment, otherSessions, sortSessions } from './account-model';

/** What is waiting for the user's "yes": one session, or all the others. */
type Confirming = { session: SignInSessionDto } | 'others' | null;

/**
 * "Waar u bent ingelogd": the user's open sessions, this device first. Each can be ended after a confirmation
 * in place (keyboard: the focus moves to "yes", Escape goes back); ending this device's session signs out.
 */
@Component({
  selector: 'halt-account-sessions',
  imports: [MatButtonModule, TranslatePipe, FormMessages, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{{ 'account.sessions.heading' | t }}</h2>
      <p>{{ 'account.sessions.intro' | t }}</p>

      @if (sessions.failed()) {
        <halt-load-error
          [message]="'common.loadFailed' | t"
          [retryLabel]="'common.retry' | t"
          (retry)="sessions.reload()"
        />
      } @else if (list(); as list) {
        <ul class="sessions">
          @for (s of list; track s.id) {
            @let device = name(s);
            <li class="session" [class.session--current]="s.current">
              <h3>
                {{ device }}
                @if (s.current) {
                  <span class="badge">{{ 'account.sessions.thisDevice' | t }}</span>
                }
              </h3>
              <dl class="details">
                <dt>{{ 'account.sessions.signedInAt' | t }}</dt>
                <dd>
                  <time [attr.datetime]="s.signedInAt">{{ moment(s.signedInAt) }}</time>
                </dd>
                <dt>{{ 'account.sessions.lastUsedAt' | t }}</dt>
                <dd>
                  @if (s.current) {
                    {{ 'account.sessions.inUse' | t }}
                  } @else {
                    <time [attr.datetime]="s.lastUsedAt">{{ moment(s.lastUsedAt) }}</time>
                  }
                </dd>
              </dl>
              @if (isConfirming(s)) {
                <div
                  class="confirm"
                  role="group"
                  [attr.aria-labelledby]="'confirm-' + s.id"
                  (keydown.escape)="cancel($event)"
                >
                  <p [id]="'confirm-' + s.id">
                    {{ (s.current ? 'account.sessions.confirmThis' : 'account.sessions.confirmOther') | t: { device } }}
                  </p>
                  <div class="buttons">
                    <button #yes mat-flat-button type="button" [disabled]="busy()" (click)="end(s)">
                      {{ (s.current ? 'account.sessions.yesSignOut' : 'account.sessions.yesEnd') | t }}
                    </button>
                    <button mat-button type="button" [disabled]="busy()" (click)="cancel()">
                      {{ 'account.sessions.no' | t }}
                    </button>
                  </div>
                </div>
              } @else {
                <button
                  mat-stroked-button
                  type="button"
                  [id]="'end-' + s.id"
                  [disabled]="busy()"
                  [attr.aria-label]="
                    s.current ? null : ('account.sessions.endLabel' | t: { device, at: moment(s.lastUsedAt) })
                  "
                  (click)="ask({ session: s })"
                >
                  {{ (s.current ? 'account.sessions.signOutHere' : 'account.sessions.end') | t }}
                </button>
              }
            </li>
          }
        </ul>

        @if (others().length) {
          @if (confirming() === 'others') {
            <div class="confirm" role="group" aria-labelledby="confirm-others" (keydown.escape)="cancel($event)">
              <p id="confirm-others">{{ 'account.sessions.confirmOthers' | t: { count: others().length } }}</p>
              <div class="buttons">
                <button #yes mat-flat-button type="button" [disabled]="busy()" (click)="endOthers()">
                  {{ 'account.sessions.yesEndOthers' | t }}
                </button>
                <button mat-button type="button" [disabled]="busy()" (click)="cancel()">
                  {{ 'account.sessions.no' | t }}
                </button>
              </div>
            </div>
          } @else {
            <button id="end-others" mat-stroked-button type="button" [disabled]="busy()" (click)="ask('others')">
              {{ 'account.sessions.endOthers' | t }}
            </button>
          }
        } @else {
          <p>{{ 'account.sessions.onlyThis' | t }}</p>
        }
      } @else {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
      <halt-form-messages #messages [done]="done()" [error]="error()" />
    </section>
  `,
  styles: `
    .sessions {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .session {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 0.75rem 1rem;
    }
    .session--current {
      border: 2px solid var(--mat-sys-primary);
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 0.5rem;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    .badge {
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      border-radius: 1rem;
      padding: 0.125rem 0.75rem;
    }
    .details {
      margin: 0 0 0.75rem;
    }
    .confirm p {
      margin: 0 0 0.5rem;
      font-weight: 500;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
    }
    halt-form-messages {
      margin-top: 1rem;
    }
  `,
})
export class AccountSessions {
  private readonly api = inject(AccountApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly yes = viewChild('yes', { read: ElementRef<HTMLElement> });
  private readonly messages = viewChild('messages', { read: ElementRef<HTMLElement> });

  protected readonly sessions = load(() => this.api.sessions());
  protected readonly list = computed(() => {
    const value = this.sessions.value();
    return value ? sortSessions(value) : undefined;
  });
  protected readonly others = computed(() => otherSessions(this.list() ?? []));
  protected readonly confirming = signal<Confirming>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected name(s: SignInSessionDto): string {
    return deviceName(s.device, this.i18n.language());
  }

  protected moment(iso: string): string {
    return formatMoment(iso, this.i18n.locale());
  }

  protected isConfirming(s: SignInSessionDto): boolean {
    const c = this.confirming();
    return c !== null && c !== 'others' && c.session.id === s.id;
  }

  /** Shows the question in place of the button and puts the focus on "yes". */
  protected ask(what: Exclude<Confirming, null>): void {
    this.done.set(null);
    this.error.set(null);
    this.confirming.set(what);
    afterNextRender(() => this.yes()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Back to the button that asked, with the focus on it. */
  protected cancel(event?: Event): void {
    event?.stopPropagation();
    const c = this.confirming();
    if (!c) return;
    this.confirming.set(null);
    const id = c === 'others' ? 'end-others' : `end-${c.session.id}`;
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }

  protected async end(s: SignInSessionDto): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    if (s.current) {
      // This device: the same as signing out (the refresh cookie goes too).
      await this.auth.logout().catch(() => undefined);
      await this.router.navigateByUrl('/inloggen');
      return;
    }
    const device = this.name(s);
    try {
      await this.api.endSession(s.id);
      this.finish(this.i18n.t('account.sessions.ended', { device }), null);
    } catch (e) {
      this.finish(null, apiError(e)?.message ?? this.i18n.t('account.sessions.endFailed', { device }));
    }
  }

  protected async endOthers(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      const { ended } = await this.api.endOthers();
      this.finish(this.i18n.t('account.sessions.endedOthers', { count: ended }), null);
    } catch (e) {
      this.finish(null, apiError(e)?.message ?? this.i18n.t('account.sessions.endOthersFailed'));
    }
  }

  /** After ending: the list again from the API, the outcome announced, and the focus on it (the button is gone). */
  private finish(done: string | null, error: string | null): void {
    this.confirming.set(null);
    this.busy.set(false);
    this.done.set(done);
    this.error.set(error);
    this.sessions.reload();
    afterNextRender(() => this.messages()?.nativeElement.focus(), { injector: this.injector });
  }
}
