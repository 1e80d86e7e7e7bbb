import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore, I18n, navFor, type NavItem, TranslatePipe } from '@halt/web/core';
import { NotificationBell } from '@halt/web/core/notifications';
import { NavMenu } from './nav-menu';

/**
 * The shell: skip link, toolbar with the role's navigation, notification bell, user, language switch, account
 * and sign-out; then the page. Signed out (the sign-in page) it needs only the toolbar, a button and the Dutch
 * texts; the narrow screens' navigation menu and the bell are deferred until someone is signed in.
 */
@Component({
  selector: 'halt-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatButtonModule,
    TranslatePipe,
    // Both only in @defer blocks: their code (and the CDK overlay) is a lazy chunk, not part of the sign-in page.
    NavMenu,
    NotificationBell,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  protected readonly user = this.auth.user;
  protected readonly home = this.auth.home;
  protected readonly nav = computed<NavItem[]>(() => {
    const user = this.user();
    return user ? navFor(user) : [];
  });
  private readonly content = viewChild.required<ElementRef<HTMLElement>>('content');

  /** With `<base href="/">` a bare `#inhoud` link would navigate to `/#inhoud`; move focus to the page instead. */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.content().nativeElement.focus();
  }

  protected async toggleLanguage(): Promise<void> {
    await this.auth.setLanguage(this.i18n.language() === 'nl' ? 'en' : 'nl');
  }

  protected async signOut(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl('/inloggen');
  }
}
