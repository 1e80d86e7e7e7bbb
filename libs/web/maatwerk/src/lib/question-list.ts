import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { load, TranslatePipe } from '@halt/web/core';
import { LoadError, Pager, pagesOf } from '@halt/web/ui';
import { maatwerkStateKey, urgencyKey } from './labels';
import { MaatwerkApi } from './maatwerk-api';

/** The requester's own maatwerk questions, or (advisor) the inbox of the region's questions: open and urgent first. */
@Component({
  selector: 'halt-maatwerk-question-list',
  imports: [RouterLink, MatButtonModule, TranslatePipe, LoadError, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ (advisor ? 'maatwerk.inboxHeading' : 'maatwerk.heading') | t }}</h1>
    <p>{{ (advisor ? 'maatwerk.inboxIntro' : 'maatwerk.intro') | t }}</p>
    @if (!advisor) {
      <p>
        <a mat-flat-button routerLink="nieuw">{{ 'maatwerk.new' | t }}</a>
      </p>
    }
    @if (questions.failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="questions.reload()"
      />
    } @else if (questions.value(); as result) {
      <div
        class="table-scroll"
        tabindex="0"
        role="region"
        [attr.aria-label]="'maatwerk.caption' | t: { count: result.total }"
      >
        <table>
          <caption>
            {{
              'maatwerk.caption' | t: { count: result.total }
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'planning.reference' | t }}</th>
              <th scope="col">{{ 'maatwerk.title' | t }}</th>
              @if (advisor) {
                <th scope="col">{{ 'maatwerk.requester' | t }}</th>
              }
              <th scope="col">{{ 'planning.status' | t }}</th>
              <th scope="col">{{ 'maatwerk.urgencyLabel' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (q of result.items; track q.id) {
              <tr>
                <th scope="row">
                  <a [routerLink]="[q.id]">{{ q.reference }}</a>
                </th>
                <td>{{ q.title }}</td>
                @if (advisor) {
                  <td>{{ q.requester.name }} ({{ q.requester.municipality }})</td>
                }
                <td>{{ maatwerkStateKey(q.status) | t }}</td>
                <td>{{ urgencyKey(q.urgency) | t }}</td>
              </tr>
            } @empty {
              <tr>
                <td [attr.colspan]="advisor ? 5 : 4">{{ 'maatwerk.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (pagesOf(result) > 1) {
        <halt-pager
          [page]="result.page"
          [pages]="pagesOf(result)"
          [busy]="questions.loading()"
          [label]="'planning.pagerLabel' | t"
          [status]="'common.pageOf' | t: { page: result.page, pages: pagesOf(result) }"
          [previousLabel]="'common.previous' | t"
          [nextLabel]="'common.next' | t"
          (pageChange)="page.set($event); questions.reload()"
        />
      }
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
})
export class QuestionList {
  private readonly api = inject(MaatwerkApi);
  protected readonly advisor = inject(ActivatedRoute).snapshot.data['advisor'] === true;
  protected readonly page = signal(1);
  protected readonly questions = load(() => this.api.list(this.page()));
  protected readonly pagesOf = pagesOf;
  protected readonly maatwerkStateKey = maatwerkStateKey;
  protected readonly urgencyKey = urgencyKey;
}
