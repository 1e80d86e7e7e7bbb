import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { HolidayRegion, Page, SchoolDto } from '@halt/contracts';
import { TranslatePipe, type TranslationKey } from '@halt/web/core';
import { Pager, pagesOf } from '@halt/web/ui';

/** Schools as an accessible table (caption, column headers), scrolling sideways on its own at 320 px. */
@Component({
  selector: 'halt-schools-table',
  imports: [TranslatePipe, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'schools.caption' | t">
      <table>
        <caption>
          {{
            'schools.caption' | t
          }}
          ({{
            'schools.count' | t: { count: schools().total }
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
          @for (school of schools().items; track school.id) {
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
    @if (pagesOf(schools()) > 1) {
      <halt-pager
        [page]="schools().page"
        [pages]="pagesOf(schools())"
        [busy]="busy()"
        [label]="'schools.pagerLabel' | t"
        [status]="'common.pageOf' | t: { page: schools().page, pages: pagesOf(schools()) }"
        [previousLabel]="'common.previous' | t"
        [nextLabel]="'common.next' | t"
        (pageChange)="pageChange.emit($event)"
      />
    }
  `,
})
export class SchoolsTable {
  /** A page of schools (50) with the total; a pager below when there are more. */
  readonly schools = input.required<Page<SchoolDto>>();
  readonly busy = input(false);
  readonly pageChange = output<number>();
  protected readonly pagesOf = pagesOf;

  protected regionKey(region: HolidayRegion): TranslationKey {
    return `holidayRegion.${region}`;
  }
}
