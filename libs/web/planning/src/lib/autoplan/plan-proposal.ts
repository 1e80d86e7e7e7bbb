import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { PlanningRunDto } from '@halt/contracts';
import { I18n, TranslatePipe } from '@halt/web/core';
import { formatShortDate } from '../labels';
import { roundOne, shownConflicts, staffChanged } from './autoplan-model';

/**
 * What a run proposes: the summary, the conflicts that stopped it being applied, every change against the current
 * plan (before → after, and the staff it had) and the sessions left unplanned with the reasons why.
 */
@Component({
  selector: 'halt-plan-proposal',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = run();
    @if (r.summary; as sum) {
      <h3>{{ 'autoplan.summaryHeading' | t }}</h3>
      <dl class="details">
        <dt>{{ 'autoplan.sessions' | t }}</dt>
        <dd>{{ sum.sessions }}</dd>
        <dt>{{ 'autoplan.planned' | t }}</dt>
        <dd>{{ sum.planned }}</dd>
        <dt>{{ 'autoplan.unplanned' | t }}</dt>
        <dd>{{ sum.unplanned }}</dd>
        <dt>{{ 'autoplan.objective' | t }}</dt>
        <dd>{{ roundOne(sum.objective) }} {{ 'autoplan.objectiveHint' | t }}</dd>
        <dt>{{ 'autoplan.seconds' | t }}</dt>
        <dd>{{ 'autoplan.secondsValue' | t: { seconds: roundOne(sum.seconds) } }}</dd>
      </dl>
    }

    @if (r.state === 'conflicted' || refusedConflicts().length) {
      <div class="notice notice--error">
        <h3>{{ 'autoplan.conflictsHeading' | t }}</h3>
        <p>{{ 'autoplan.conflictsIntro' | t }}</p>
        <ul>
          @for (c of shownConflicts(r, refusedConflicts()); track $index) {
            <li>{{ c }}</li>
          }
        </ul>
      </div>
    }

    @if (r.summary) {
      @let caption = 'autoplan.changesCaption' | t: { count: r.changes.length };
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'autoplan.session' | t }}</th>
              <th scope="col">{{ 'autoplan.school' | t }}</th>
              <th scope="col">{{ 'autoplan.before' | t }}</th>
              <th scope="col">{{ 'autoplan.after' | t }}</th>
              <th scope="col">{{ 'autoplan.staff' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of r.changes; track c.sessionId) {
              <tr>
                <th scope="row">
                  {{ c.label }}
                  <span class="muted">{{ c.requestReference }}</span>
                </th>
                <td>{{ c.schoolName }}</td>
                <td>
                  @if (c.before; as b) {
                    {{ day(b.date) }} {{ b.start.slice(0, 5) }}
                  } @else {
                    {{ 'autoplan.notPlannedBefore' | t }}
                  }
                </td>
                <td>
                  {{ day(c.after.date) }}
                  {{ c.after.start.slice(0, 5) }}–{{ c.after.end.slice(0, 5) }}
                </td>
                <td>
                  {{ c.after.staff.join(', ') }}
                  @if (staffChanged(c)) {
                    <span class="muted">{{
                      'autoplan.staffWas' | t: { staff: c.before?.staff?.join(', ') || '—' }
                    }}</span>
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="5">{{ 'autoplan.noChanges' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>

      <h3>{{ 'autoplan.unplannedHeading' | t: { count: r.unplanned.length } }}</h3>
      @if (r.unplanned.length) {
        <ul class="unplanned">
          @for (u of r.unplanned; track u.sessionId) {
            <li>
              <span class="label">{{ u.label }}</span>
              <ul>
                @for (reason of u.reasons; track $index) {
                  <li>{{ reason }}</li>
                }
              </ul>
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'autoplan.allPlanned' | t }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 1.5rem 0 0.5rem;
    }
    .notice h3 {
      margin-top: 0.25rem;
    }
    .unplanned .label {
      font-weight: 600;
    }
  `,
})
export class PlanProposal {
  private readonly i18n = inject(I18n);
  readonly run = input.required<PlanningRunDto>();
  /** Conflicts from a refused apply, when the run itself does not list them. */
  readonly refusedConflicts = input<readonly string[]>([]);

  protected readonly roundOne = roundOne;
  protected readonly shownConflicts = shownConflicts;
  protected readonly staffChanged = staffChanged;

  protected day(date: string): string {
    return formatShortDate(date, this.i18n.locale());
  }
}
