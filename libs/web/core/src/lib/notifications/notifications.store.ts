import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { NotificationDto, NotificationsDto } from '@halt/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../session/auth.store';

/** How often the signed-in user's notifications are fetched again. */
export const NOTIFICATIONS_POLL_MS = 60_000;

/**
 * The signed-in user's in-app notifications (newest first) and the unread count. Polls every minute while
 * someone is signed in and stops on signing out; a hidden browser tab skips its polls.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly auth = inject(AuthStore);
  /** Only a change of user restarts polling, not an update of the same user (e.g. their language). */
  private readonly userId = computed(() => this.auth.user()?.id ?? null);
  private readonly state = signal<NotificationsDto | null>(null);
  /** Bumped on every fetch and on signing in or out: only the latest answer for the current user counts. */
  private latest = 0;

  readonly items = computed<NotificationDto[]>(() => this.state()?.items ?? []);
  readonly unread = computed(() => this.state()?.unread ?? 0);
  readonly loaded = computed(() => this.state() !== null);
  readonly loading = signal(false);
  readonly failed = signal(false);
  /** Set when a poll brings unread notifications not seen before: the newest one's title and how many. */
  readonly arrived = signal<{ title: string; count: number } | null>(null);

  constructor() {
    effect((onCleanup) => {
      const signedIn = this.userId() !== null;
      untracked(() => this.reset());
      if (!signedIn) return;
      untracked(() => void this.refresh());
      const timer = setInterval(() => {
        if (this.document.visibilityState !== 'hidden') void this.refresh();
      }, NOTIFICATIONS_POLL_MS);
      onCleanup(() => clearInterval(timer));
    });
  }

  /** Fetches the notifications now. Never fails: a failure shows in `failed`. */
  async refresh(): Promise<void> {
    await this.run(() => firstValueFrom(this.http.get<NotificationsDto>('/api/notifications')), true);
  }

  /** Marks one notification as read; resolves false when that failed. */
  markRead(id: string): Promise<boolean> {
    return this.run(() =>
      firstValueFrom(this.http.post<NotificationsDto>(`/api/notifications/${encodeURIComponent(id)}/read`, null)),
    );
  }

  /** Marks every notification as read; resolves false when that failed. */
  markAllRead(): Promise<boolean> {
    return this.run(() => firstValueFrom(this.http.post<NotificationsDto>('/api/notifications/read', null)));
  }

  private async run(call: () => Promise<NotificationsDto>, isFetch = false): Promise<boolean> {
    const id = ++this.latest;
    const user = this.userId();
    if (isFetch) this.loading.set(true);
    try {
      const next = await call();
      if (id !== this.latest || user !== this.userId()) return true;
      this.announce(this.state(), next);
      this.state.set(next);
      this.failed.set(false);
      return true;
    } catch {
      if (id !== this.latest) return false;
      if (isFetch) this.failed.set(true);
      return false;
    } finally {
      if (id === this.latest) this.loading.set(false);
    }
  }

  /** Notes unread notifications that were not there at the previous fetch (not on the first one). */
  private announce(before: NotificationsDto | null, after: NotificationsDto): void {
    if (!before) return;
    const known = new Set(before.items.map((n) => n.id));
    const fresh = after.items.filter((n) => !n.read && !known.has(n.id));
    if (fresh.length) this.arrived.set({ title: fresh[0].title, count: fresh.length });
  }

  private reset(): void {
    this.latest++;
    this.state.set(null);
    this.loading.set(false);
    this.failed.set(false);
    this.arrived.set(null);
  }
}
