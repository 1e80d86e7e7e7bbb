import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { Role } from '@halt/contracts';
import { NAV_BY_ROLE, type NavItem, TranslatePipe } from '@halt/web/core';

/**
 * The signed-in role's navigation: links in the toolbar on wide screens, behind a menu button below 600 px.
 * The shell loads it in a deferred block, so the sign-in page never downloads the menu and its overlay code.
 */
@Component({
  selector: 'halt-role-nav',
  imports: [RouterLink, RouterLinkActive, MatButtonModule, MatMenuModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- Wide screens: the role's navigation in the toolbar. -->
    <nav class="nav nav--wide" [attr.aria-label]="'app.mainNav' | t">
      @for (item of items(); track item.path) {
        <a
          mat-button
          [routerLink]="item.path"
          routerLinkActive="active"
          [routerLinkActiveOptions]="{ exact: item.exact }"
          ariaCurrentWhenActive="page"
          >{{ item.label | t }}</a
        >
      }
    </nav>
    <!-- Narrow screens (< 600px): the navigation behind a menu button. -->
    <button mat-stroked-button type="button" class="menu-button" [matMenuTriggerFor]="navMenu">
      <span aria-hidden="true">☰</span> {{ 'app.menu' | t }}
    </button>
    <mat-menu #navMenu="matMenu">
      @for (item of items(); track item.path) {
        <a mat-menu-item [routerLink]="item.path">{{ item.label | t }}</a>
      }
    </mat-menu>
  `,
  styles: `
    :host {
      display: contents;
    }
    .nav .active {
      text-decoration: underline;
      text-underline-offset: 4px;
    }
    .menu-button {
      display: none;
    }
    @media (max-width: 599px) {
      .nav--wide {
        display: none;
      }
      .menu-button {
        display: inline-flex;
      }
    }
  `,
})
export class RoleNav {
  readonly role = input.required<Role>();
  protected readonly items = computed<NavItem[]>(() => NAV_BY_ROLE[this.role()]);
}
