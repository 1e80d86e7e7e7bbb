import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { PlanningRunDto } from '@halt/contracts';
import { I18n, planningRunStateKey, TranslatePipe } from '@halt/web/core';
import { AmsterdamTimePipe } from '@halt/web/ui';
import { formatShortDate } from '../labels';

/** The earlier runs of a region, newest first as the API gives them, each with a button to open it. */
@Component({
  selector: 'halt-run-history',
  imports: [MatButtonModule, TranslatePipe, AmsterdamTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let historyCaption = 'autoplan.historyCaption' | t: { count: runs().length };
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="historyCaption">
      <table>
        <caption>
          {{
            historyCaption
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'autoplan.createdAt' | t }}</th>
            <th scope="col">{{ 'autoplan.period' | t }}</th>
            <th scope="col">{{ 'autoplan.stateLabel' | t }}</th>
            <th scope="col">{{ 'autoplan.result' | t }}</th>
            <th scope="col">
              <span class="visually-hidden">{{ 'autoplan.actions' | t }}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          @for (x of runs(); track x.id) {
            <tr>
              <th scope="row">{{ x.createdAt | amsterdamTime: i18n.locale() }}</th>
              <td>{{ day(x.from) }} – {{ day(x.to) }}</td>
              <td>{{ planningRunStateKey(x.state) | t }}</td>
              <td>
                @if (x.summary; as sum) {
                  {{ 'autoplan.resultValue' | t: { planned: sum.planned, sessions: sum.sessions } }}
                }
              </td>
              <td>
                <button
                  mat-stroked-button
                  type="button"
                  (click)="open.emit(x)"
                  [attr.aria-label]="'autoplan.openLabel' | t: { at: (x.createdAt | amsterdamTime: i18n.locale()) }"
                >
                  {{ 'autoplan.open' | t }}
                </button>
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="5">{{ 'autoplan.noHistory' | t }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class RunHistory {
  protected readonly i18n = inject(I18n);
  readonly runs = input.required<readonly PlanningRunDto[]>();
  /** The planner opens an earlier run. */
  readonly open = output<PlanningRunDto>();

  protected readonly planningRunStateKey = planningRunStateKey;

  protected day(date: string): string {
    return formatShortDate(date, this.i18n.locale());
  }
}
