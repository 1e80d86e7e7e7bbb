import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { LearningCoverageDto } from '@halt/contracts';
import { levelKey, load, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { firstValueFrom } from 'rxjs';
import { SchoolYearSelect } from './school-year-select';

/** How a gemeente's schools cover each learning line (`/gemeente/leerlijnen`): a table per line, with bars. */
@Component({
  selector: 'halt-learning-coverage-page',
  imports: [TranslatePipe, LoadError, SchoolYearSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'title.learningCoverage' | t }}</h1>
    <p class="intro">{{ 'lines.gemeenteIntro' | t }}</p>
    <halt-school-year-select inputId="coverage-year" [year]="shown()" (chosen)="choose($event)" />
    @if (coverage.failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="coverage.reload()"
      />
    } @else if (coverage.value(); as c) {
      @for (line of c.lines; track line.code) {
        <section [attr.aria-labelledby]="'cov-' + line.code">
          <h2 [id]="'cov-' + line.code">{{ line.name }}</h2>
          <p>{{ line.description }}</p>
          <div class="scroll">
            <table>
              <caption>
                {{
                  'lines.coverageCaption' | t: { line: line.name, year: c.schoolYear }
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'lines.level' | t }}</th>
                  <th scope="col">{{ 'lines.offer' | t }}</th>
                  <th scope="col">{{ 'lines.schools' | t }}</th>
                  <th scope="col">{{ 'lines.given' | t }}</th>
                  <th scope="col">{{ 'lines.planned' | t }}</th>
                  <th scope="col">{{ 'lines.share' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (s of line.steps; track s.id) {
                  <tr>
                    <th scope="row">{{ levelKey(s.level) | t }}</th>
                    <td>{{ s.offerTitle }}</td>
                    <td class="num">{{ s.schools }}</td>
                    <td class="num">{{ s.given }}</td>
                    <td class="num">{{ s.planned }}</td>
                    <td>
                      <span class="bar" aria-hidden="true"
                        ><span [style.width.%]="share(s.given, s.schools)"></span
                      ></span>
                      {{ share(s.given, s.schools) }}%
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </section>
      }
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .intro {
      max-width: 60ch;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      min-width: 100%;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block: 0.5rem;
    }
    th,
    td {
      text-align: start;
      padding: 0.25rem 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .num {
      text-align: end;
    }
    .bar {
      display: inline-block;
      width: 6rem;
      height: 0.75rem;
      border: 1px solid var(--mat-sys-outline);
      vertical-align: middle;
    }
    .bar span {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }
  `,
})
export class LearningCoveragePage {
  private readonly http = inject(HttpClient);
  private readonly year = signal<string | null>(null);
  protected readonly coverage = load(() => {
    const year = this.year();
    return firstValueFrom(
      this.http.get<LearningCoverageDto>('/api/learning-lines/coverage', { params: year ? { schoolYear: year } : {} }),
    );
  });
  protected readonly shown = computed(() => this.coverage.value()?.schoolYear ?? '');
  protected readonly levelKey = levelKey;

  protected share(given: number, schools: number): number {
    return schools > 0 ? Math.round((100 * given) / schools) : 0;
  }

  protected choose(year: string): void {
    this.year.set(year);
    this.coverage.reload();
  }
}
