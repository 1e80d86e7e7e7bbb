import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { type NavItem, TranslatePipe } from '@halt/web/core';

/**
 * Below 600 px the role's navigation sits behind this menu button. The shell loads it in a deferred block, so the
 * sign-in page never downloads the menu and the CDK overlay it opens in.
 */
@Component({
  selector: 'halt-nav-menu',
  imports: [RouterLink, MatButtonModule, MatMenuModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
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
      display: none;
    }
    @media (max-width: 599px) {
      :host {
        display: inline-flex;
      }
    }
  `,
})
export class NavMenu {
  readonly items = input.required<NavItem[]>();
}
