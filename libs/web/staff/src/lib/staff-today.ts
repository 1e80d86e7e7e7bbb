import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { todayInAmsterdam } from '@halt/domain';
import { load, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { StaffApi } from './staff-api';

/** On the specialist's home: today's sessions, with a link to the week ("Mijn agenda"). */
@Component({
  selector: 'halt-staff-today',
  imports: [RouterLink, TranslatePipe, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="staff-today-heading">
      <h2 id="staff-today-heading">{{ 'myAgenda.today' | t }}</h2>
      @if (today.failed()) {
        <halt-load-error
          [message]="'common.loadFailed' | t"
          [retryLabel]="'common.retry' | t"
          (retry)="today.reload()"
        />
      } @else if (today.value(); as t) {
        <ul>
          @for (b of t.blocks; track b.sessionId) {
            <li>
              <strong>{{ b.start }}–{{ b.end }}</strong> {{ b.schoolName }}, {{ b.offerTitle }}
            </li>
          } @empty {
            <li>{{ 'myAgenda.nothingToday' | t }}</li>
          }
        </ul>
      } @else {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
      <p>
        <a routerLink="/medewerker/agenda">{{ 'myAgenda.link' | t }}</a>
      </p>
    </section>
  `,
})
export class StaffToday {
  private readonly api = inject(StaffApi);
  private readonly date = todayInAmsterdam(new Date());
  protected readonly today = load(() => this.api.mySessions(this.date, this.date));
}
