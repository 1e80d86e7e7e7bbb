import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { HolidayRegion, SchoolDto } from '@halt/contracts';
import { TranslatePipe, type TranslationKey } from '@halt/web/core';

/** Schools as an accessible table (caption, column headers), scrolling sideways on its own at 320 px. */
@Component({
  selector: 'halt-schools-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'schools.caption' | t">
      <table>
        <caption>
          {{
            'schools.caption' | t
          }}
          ({{
            'schools.count' | t: { count: schools().length }
          }})
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'schools.name' | t }}</th>
            <th scope="col">{{ 'schools.brin' | t }}</th>
            <th scope="col">{{ 'schools.type' | t }}</th>
            <th scope="col">{{ 'schools.city' | t }}</th>
            <th scope="col">{{ 'schools.holidayRegion' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (school of schools(); track school.id) {
            <tr>
              <th scope="row">{{ school.name }}</th>
              <td>{{ school.brin }}</td>
              <td>{{ school.type }}</td>
              <td>{{ school.city }}</td>
              <td>{{ regionKey(school.holidayRegion) | t }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="5">{{ 'common.none' | t }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class SchoolsTable {
  readonly schools = input.required<SchoolDto[]>();

  protected regionKey(region: HolidayRegion): TranslationKey {
    return `holidayRegion.${region}`;
  }
}
