import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Language, MeDto, Role, AuthSessionDto } from '@halt/contracts';
import { firstValueFrom } from 'rxjs';
import { I18n } from '../i18n/i18n.service';
import { browserLocks, withRefreshLock } from './refresh-lock-model';

/** Where each role lands after signing in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  school: '/school',
  gemeente: '/gemeente',
  vereniging: '/vereniging',
  wijkpartner: '/wijkpartner',
  planner: '/planner',
  staff: '/medewerker',
  admin: '/beheer',
};

/** The account page, open to every role. */
export const ACCOUNT_PATH = '/account';

/**
 * The signed-in session. The access token lives only in memory; the refresh token is an httpOnly cookie
 * the browser sends to /api/auth, so a reload restores the session through `restore()`.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  private readonly session = signal<AuthSessionDto | null>(null);
  private refreshing?: Promise<boolean>;

  readonly user = computed<MeDto | null>(() => this.session()?.user ?? null);
  readonly signedIn = computed(() => this.session() !== null);
  readonly home = computed(() => {
    const user = this.user();
    return user ? HOME_BY_ROLE[user.role] : '/inloggen';
  });

  accessToken(): string | null {
    return this.session()?.accessToken ?? null;
  }

  async login(email: string, password: string): Promise<MeDto> {
    const session = await firstValueFrom(this.http.post<AuthSessionDto>('/api/auth/login', { email, password }));
    await this.accept(session);
    return session.user;
  }

  /**
   * Trades the refresh cookie for a new access token; false when there is no valid session. Concurrent calls in
   * this tab share one request; across tabs the refreshes take turns (Web Locks), so each tab sends the cookie
   * the previous one received — a refresh token used twice ends the whole session.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= withRefreshLock(browserLocks(), () =>
      firstValueFrom(this.http.post<AuthSessionDto>('/api/auth/refresh', null)),
    )
      .then(async (s) => {
        await this.accept(s);
        return true;
      })
      .catch(() => {
        this.session.set(null);
        return false;
      })
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  /** At start-up: restore a session from the refresh cookie, if any. Never fails. */
  async restore(): Promise<void> {
    await this.refresh();
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post('/api/auth/logout', null));
    } finally {
      this.session.set(null);
    }
  }

  /**
   * Switches the language at once, and remembers it on the account when signed in. When saving the choice
   * fails the page still switches; the account keeps its old language until the next switch.
   */
  async setLanguage(language: Language): Promise<void> {
    await this.i18n.use(language);
    if (!this.session()) return;
    try {
      const user = await firstValueFrom(this.http.patch<MeDto>('/api/auth/me', { language }));
      const current = this.session();
      if (current) this.session.set({ ...current, user });
    } catch {
      // not fatal: the language preference is also kept in this browser
    }
  }

  /** Resolves once the account's language is on screen (English is fetched the first time it is needed). */
  private accept(session: AuthSessionDto): Promise<void> {
    this.session.set(session);
    return this.i18n.use(session.user.language);
  }
}
