import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { EvaluationQuestionDto, PublicEvaluationDto } from '@halt/contracts';
import { apiError, I18n, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { FormMessages } from '@halt/web/ui';
import {
  answerProblems,
  errorsByQuestion,
  OPEN_ANSWER_MAX,
  SCALE,
  toSubmitRequest,
  type AnswerProblem,
  type EvaluationSource,
} from './evaluation-form-model';
import { PublicEvaluationApi } from './public-evaluation-api';

const PROBLEM_KEYS: Record<AnswerProblem, TranslationKey> = {
  scoreRequired: 'evaluation.scoreRequired',
  answerRequired: 'evaluation.answerRequired',
  answerTooLong: 'evaluation.answerTooLong',
};

/**
 * The questions of an evaluation form and sending the answers: a 1–5 scale per scale question (a radio group
 * with its two ends named), a text box per open question. Used for the class code and the teacher's link alike.
 */
@Component({
  selector: 'halt-evaluation-form',
  imports: [MatButtonModule, TranslatePipe, FormMessages],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (thanks(); as message) {
      <div #thanksBox class="notice thanks" role="status" tabindex="-1">
        <p>{{ message }}</p>
      </div>
    } @else {
      <form (submit)="send($event)" novalidate [attr.aria-label]="evaluation().form.title">
        <p class="hint">{{ 'evaluation.requiredHint' | t }}</p>
        @for (q of evaluation().form.questions; track q.key; let i = $index) {
          @let problem = problems()[q.key];
          @if (q.kind === 'scale') {
            <fieldset
              class="question"
              [class.question--invalid]="problem"
              [attr.aria-describedby]="problem ? 'q' + i + '-error' : null"
            >
              <legend>
                <span class="number">{{ i + 1 }}.</span> {{ q.text }}
                @if (q.required) {
                  <span class="required">({{ 'evaluation.required' | t }})</span>
                }
              </legend>
              <div class="scale">
                <span class="end end--low" aria-hidden="true">{{ q.low }}</span>
                <div class="options">
                  @for (n of scale; track n) {
                    <label class="option" [class.option--checked]="scores()[q.key] === n">
                      <input
                        type="radio"
                        [id]="'q' + i + '-' + n"
                        [name]="'q' + i"
                        [value]="n"
                        [checked]="scores()[q.key] === n"
                        (change)="setScore(q.key, n)"
                      />
                      <span class="value">{{ n }}</span>
                      @if (n === 1) {
                        <span class="visually-hidden">({{ q.low }})</span>
                      } @else if (n === 5) {
                        <span class="visually-hidden">({{ q.high }})</span>
                      }
                    </label>
                  }
                </div>
                <span class="end end--high" aria-hidden="true">{{ q.high }}</span>
              </div>
              @if (problem) {
                <p class="field-error" [id]="'q' + i + '-error'">{{ problem }}</p>
              }
            </fieldset>
          } @else {
            <div class="question" [class.question--invalid]="problem">
              <label class="open-label" [for]="'q' + i">
                <span class="number">{{ i + 1 }}.</span> {{ q.text }}
                @if (q.required) {
                  <span class="required">({{ 'evaluation.required' | t }})</span>
                }
              </label>
              <p class="hint" [id]="'q' + i + '-hint'">
                {{ 'evaluation.privacyHint' | t: { max: maxLength } }}
              </p>
              <textarea
                [id]="'q' + i"
                rows="4"
                [attr.maxlength]="maxLength"
                [attr.aria-required]="q.required"
                [attr.aria-invalid]="problem ? true : null"
                [attr.aria-describedby]="describedBy(i, problem)"
                [value]="answers()[q.key] ?? ''"
                (input)="setAnswer(q.key, $event)"
              ></textarea>
              <p class="counter" aria-hidden="true">
                {{ 'evaluation.characters' | t: { count: (answers()[q.key] ?? '').length, max: maxLength } }}
              </p>
              @if (problem) {
                <p class="field-error" [id]="'q' + i + '-error'">{{ problem }}</p>
              }
            </div>
          }
        }
        <halt-form-messages #messages [error]="error()" [details]="details()" />
        <p>
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ (busy() ? 'evaluation.sending' : 'evaluation.send') | t }}
          </button>
        </p>
      </form>
    }
  `,
  styles: `
    .question {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 0.5rem 1rem 1rem;
      margin: 0 0 1rem;
      min-width: 0;
    }
    .question--invalid {
      border-color: var(--mat-sys-error);
      border-width: 2px;
    }
    /* A floated legend sits inside the box rather than across its border, so long questions wrap cleanly. */
    legend,
    .open-label {
      display: block;
      float: left;
      width: 100%;
      font: var(--mat-sys-title-small);
      padding: 0.5rem 0 0.25rem;
    }
    .scale,
    .hint {
      clear: both;
    }
    .required,
    .hint,
    .counter {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .hint {
      margin: 0.25rem 0;
    }
    .counter {
      margin: 0.25rem 0 0;
      text-align: end;
    }
    /* Narrow screens: both ends above the five options; wider: the ends beside them. */
    .scale {
      display: grid;
      grid-template-columns: 1fr 1fr;
      grid-template-areas: 'low high' 'options options';
      gap: 0.25rem 0.75rem;
      align-items: end;
      margin-top: 0.5rem;
    }
    .end {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      min-width: 0;
    }
    .end--low {
      grid-area: low;
    }
    .end--high {
      grid-area: high;
      text-align: end;
    }
    .options {
      grid-area: options;
      display: flex;
      gap: 0.375rem;
      min-width: 0;
    }
    @media (min-width: 600px) {
      .scale {
        grid-template-columns: minmax(0, 9rem) minmax(0, 24rem) minmax(0, 9rem);
        justify-content: start;
        grid-template-areas: 'low options high';
        align-items: center;
      }
      .end--low {
        text-align: end;
      }
      .end--high {
        text-align: start;
      }
    }
    .option {
      position: relative;
      flex: 1 1 0;
      min-width: 2.75rem;
      max-width: 4.5rem;
      min-height: 3.5rem;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 0.125rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      cursor: pointer;
      padding: 0.25rem 0;
    }
    .option--checked {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      border: 2px solid var(--mat-sys-primary);
    }
    .option input {
      margin: 0;
      width: 1.125rem;
      height: 1.125rem;
      accent-color: var(--mat-sys-primary);
    }
    .value {
      font-weight: 600;
    }
    textarea {
      display: block;
      box-sizing: border-box;
      width: 100%;
      max-width: 40rem;
      min-height: 6rem;
      resize: vertical;
      padding: 0.5rem 0.75rem;
      font: var(--mat-sys-body-large);
      color: inherit;
      background: var(--mat-sys-surface);
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
    }
    .counter {
      max-width: 40rem;
    }
    .field-error {
      color: var(--mat-sys-error);
      font-weight: 600;
      margin: 0.5rem 0 0;
    }
    .thanks:focus {
      outline: 3px solid var(--mat-sys-tertiary);
      outline-offset: 2px;
    }
  `,
})
export class EvaluationForm {
  readonly evaluation = input.required<PublicEvaluationDto>();
  readonly source = input.required<EvaluationSource>();
  /** The class code or the teacher's token. */
  readonly id = input.required<string>();

  private readonly api = inject(PublicEvaluationApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly messages = viewChild('messages', { read: ElementRef<HTMLElement> });
  private readonly thanksBox = viewChild<ElementRef<HTMLElement>>('thanksBox');

  protected readonly scale = SCALE;
  protected readonly maxLength = OPEN_ANSWER_MAX;
  protected readonly scores = signal<Partial<Record<string, number>>>({});
  protected readonly answers = signal<Partial<Record<string, string>>>({});
  /** Per question key, the message to show next to it. */
  protected readonly problems = signal<Partial<Record<string, string>>>({});
  protected readonly busy = signal(false);
  protected readonly thanks = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly details = signal<string[]>([]);

  protected setScore(key: string, score: number): void {
    this.scores.update((s) => ({ ...s, [key]: score }));
    this.clearProblem(key);
  }

  protected setAnswer(key: string, event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.answers.update((a) => ({ ...a, [key]: text }));
    this.clearProblem(key);
  }

  protected describedBy(index: number, problem: string | undefined): string {
    return problem ? `q${index}-hint q${index}-error` : `q${index}-hint`;
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const { form } = this.evaluation();
    const value = { scores: this.scores(), answers: this.answers() };
    const local = answerProblems(form.questions, value);
    this.details.set([]);
    if (Object.keys(local).length) {
      const problems = Object.fromEntries(Object.entries(local).map(([key, p]) => [key, this.i18n.t(PROBLEM_KEYS[p])]));
      this.showProblems(form.questions, problems, this.i18n.t('evaluation.checkAnswers'));
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    try {
      const done = await this.api.submit(this.source(), this.id(), toSubmitRequest(form.id, form.questions, value));
      this.thanks.set(done.thanks || this.i18n.t('evaluation.thanks'));
      afterNextRender(() => this.thanksBox()?.nativeElement.focus(), { injector: this.injector });
    } catch (e) {
      this.failed(e);
    } finally {
      this.busy.set(false);
    }
  }

  private failed(e: unknown): void {
    const status = e instanceof HttpErrorResponse ? e.status : 0;
    const body = apiError(e);
    if (status === 400 && body?.errors?.length) {
      const { form } = this.evaluation();
      const { byQuestion, other } = errorsByQuestion(body.errors, form.questions);
      this.showProblems(form.questions, byQuestion, body.message || this.i18n.t('evaluation.checkAnswers'));
      this.details.update((d) => [...d, ...other.map((f) => f.message)]);
      return;
    }
    const key: TranslationKey =
      status === 429 ? 'evaluation.tooManyAttempts' : status === 409 ? 'evaluation.notTaken' : 'evaluation.sendFailed';
    this.error.set(status === 429 ? this.i18n.t(key) : (body?.message ?? this.i18n.t(key)));
    this.focusMessages();
  }

  /** Marks the questions, lists them above the button and moves focus there. */
  private showProblems(
    questions: readonly EvaluationQuestionDto[],
    problems: Partial<Record<string, string>>,
    summary: string,
  ): void {
    this.problems.set(problems);
    this.error.set(summary);
    this.details.set(
      questions.flatMap((q, i) => {
        const problem = problems[q.key];
        return problem ? [this.i18n.t('evaluation.questionProblem', { n: i + 1, problem })] : [];
      }),
    );
    this.focusMessages();
  }

  private clearProblem(key: string): void {
    if (!(key in this.problems())) return;
    this.problems.update(({ [key]: _, ...rest }) => rest);
  }

  private focusMessages(): void {
    afterNextRender(() => this.messages()?.nativeElement.focus(), { injector: this.injector });
  }
}
