import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { LearningStepState, SchoolLearningProgressDto } from '@halt/contracts';
import { levelKey, load, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { firstValueFrom } from 'rxjs';
import { SchoolYearSelect } from './school-year-select';

const STATE_KEY: Record<LearningStepState, TranslationKey> = {
  given: 'lines.state.given',
  planned: 'lines.state.planned',
  open: 'lines.state.open',
};

/** A school's learning lines (`/school/leerlijnen`): per line, where each year group stands and the next step. */
@Component({
  selector: 'halt-learning-lines-page',
  imports: [RouterLink, MatButtonModule, TranslatePipe, LoadError, SchoolYearSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'title.learningLines' | t }}</h1>
    <p class="intro">{{ 'lines.schoolIntro' | t }}</p>
    <halt-school-year-select inputId="line-year" [year]="shown()" (chosen)="choose($event)" />
    @if (progress.failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="progress.reload()"
      />
    } @else if (progress.value(); as p) {
      @for (line of p.lines; track line.code) {
        <section class="line" [attr.aria-labelledby]="'line-' + line.code">
          <h2 [id]="'line-' + line.code">{{ line.name }}</h2>
          <p>{{ line.description }}</p>
          <ol class="steps">
            @for (s of line.steps; track s.id) {
              <li [class.muted]="!s.taught" [class]="'state-' + s.state">
                <strong>{{ levelKey(s.level) | t }}</strong>: {{ s.offerTitle }} —
                @if (s.taught) {
                  <span class="state">{{ stateKey[s.state] | t }}</span>
                  @if (s.state !== 'given' && s.lastGivenSchoolYear) {
                    ({{ 'lines.lastGiven' | t: { year: s.lastGivenSchoolYear } }})
                  }
                } @else {
                  <span>{{ 'lines.notTaught' | t }}</span>
                }
              </li>
            }
          </ol>
          @if (line.next; as n) {
            <div class="next">
              <p>
                <strong>{{ 'lines.nextStep' | t }}</strong>
                {{ 'lines.nextStepText' | t: { offer: n.offerTitle, level: (levelKey(n.level) | t) } }}
              </p>
              <a mat-flat-button routerLink="/school/aanvragen/nieuw" [queryParams]="{ aanbod: n.offerId }">{{
                'lines.requestNext' | t: { offer: n.offerTitle }
              }}</a>
            </div>
          } @else {
            <p class="done">{{ 'lines.allDone' | t }}</p>
          }
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
    .line {
      margin-block: 1.5rem;
    }
    .steps li {
      margin-block: 0.25rem;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .state-given .state {
      font-weight: 600;
    }
    .next {
      border-inline-start: 4px solid var(--mat-sys-primary);
      padding: 0.25rem 0 0.5rem 0.75rem;
    }
  `,
})
export class LearningLinesPage {
  private readonly http = inject(HttpClient);
  /** The school year asked for; null: the portal's current one. */
  private readonly year = signal<string | null>(null);
  protected readonly progress = load(() => {
    const year = this.year();
    return firstValueFrom(
      this.http.get<SchoolLearningProgressDto>('/api/learning-lines/progress', {
        params: year ? { schoolYear: year } : {},
      }),
    );
  });
  protected readonly shown = computed(() => this.progress.value()?.schoolYear ?? '');

  protected choose(year: string): void {
    this.year.set(year);
    this.progress.reload();
  }
  protected readonly levelKey = levelKey;
  protected readonly stateKey = STATE_KEY;
}
