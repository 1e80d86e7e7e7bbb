import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, TranslatePipe } from '@halt/web/core';

@Component({
  selector: 'halt-not-found-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'notFound.heading' | t }}</h1>
    <p>{{ 'notFound.text' | t }}</p>
    <p>
      <a [routerLink]="home()">{{ 'notFound.home' | t }}</a>
    </p>
  `,
})
export class NotFoundPage {
  protected readonly home = inject(AuthStore).home;
}
