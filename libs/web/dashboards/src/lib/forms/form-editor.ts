import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  type OnInit,
  output,
  signal,
} from '@angular/core';
import { type AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { EvaluationAudience, EvaluationFormDto, OfferType } from '@halt/contracts';
import { apiError, fieldErrors, I18n, offerTypeKey, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { FormMessages } from '@halt/web/ui';
import { DashboardsApi } from '../dashboards-api';
import { INVALID_FIELD } from '../shared/invalid-field';
import { audienceKey, outcomeKey } from '../shared/labels';
import {
  buildFormRequest,
  type DraftError,
  fillKeys,
  type FormDraft,
  newQuestion,
  OUTCOME_CHOICES,
  type OutcomeChoice,
  type QuestionDraft,
  questionIndex,
  validateDraft,
} from './form-editor-model';

type QuestionForm = FormGroup<{
  key: FormControl<string>;
  kind: FormControl<QuestionDraft['kind']>;
  text: FormControl<string>;
  low: FormControl<string>;
  high: FormControl<string>;
  outcome: FormControl<OutcomeChoice>;
  trend: FormControl<boolean>;
  required: FormControl<boolean>;
  existing: FormControl<boolean>;
}>;

/** An audience and offer type a first version can be made for. */
export interface FormTarget {
  audience: EvaluationAudience;
  offerType: OfferType;
}

const ERROR_KEYS: Record<DraftError, TranslationKey> = {
  required: 'forms.editor.error.required',
  keyPattern: 'forms.editor.error.keyPattern',
  keyTaken: 'forms.editor.error.keyTaken',
  noQuestions: 'forms.editor.error.noQuestions',
};

const nonNullable = <T>(value: T) => new FormControl<T>(value, { nonNullable: true });

function questionForm(q: QuestionDraft): QuestionForm {
  return new FormGroup({
    key: nonNullable(q.key),
    kind: nonNullable(q.kind),
    text: nonNullable(q.text),
    low: nonNullable(q.low),
    high: nonNullable(q.high),
    outcome: nonNullable(q.outcome),
    trend: nonNullable(q.trend),
    required: nonNullable(q.required),
    existing: nonNullable(q.existing),
  });
}

const targetValue = (t: FormTarget) => `${t.audience}|${t.offerType}`;

/**
 * The editor of a new form version: title, introduction and the questions — added, removed, moved up or down;
 * per question its key (fixed for questions of the earlier version), kind, text, for a scale the meaning of its
 * ends and the outcome it counts for, for an open question whether it feeds the trend signals, and whether it is
 * required. Checks what the API checks, then saves; the API's field errors show at their fields.
 */
@Component({
  selector: 'halt-form-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FormMessages,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <h2 tabindex="-1">{{ heading() }}</h2>
      <p class="notice">{{ 'forms.editor.versionNote' | t }}</p>

      @if (targets().length) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
          <mat-label>{{ 'forms.editor.target' | t }}</mat-label>
          <select matNativeControl formControlName="target" required>
            @for (t of targets(); track targetValue(t)) {
              <option [value]="targetValue(t)">{{ targetName(t.audience, t.offerType) }}</option>
            }
          </select>
          @if (errorOf(form.controls.target); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      }

      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
        <mat-label>{{ 'forms.editor.title' | t }}</mat-label>
        <input matInput formControlName="title" required maxlength="200" />
        @if (errorOf(form.controls.title); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
        <mat-label>{{ 'forms.editor.intro' | t }}</mat-label>
        <textarea matInput formControlName="intro" rows="3" maxlength="2000"></textarea>
        <mat-hint>{{ 'forms.editor.introHint' | t }}</mat-hint>
        @if (errorOf(form.controls.intro); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>

      <h3>{{ 'forms.editor.questions' | t }}</h3>
      <ol class="questions" formArrayName="questions">
        @for (q of questions.controls; track q; let i = $index, first = $first, last = $last) {
          @let c = q.controls;
          @let n = i + 1;
          <li [formGroupName]="i">
            <fieldset>
              <legend>{{ 'forms.editor.question' | t: { n: n } }}</legend>
              <div class="row">
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'forms.editor.key' | t }}</mat-label>
                  <input
                    matInput
                    formControlName="key"
                    autocomplete="off"
                    spellcheck="false"
                    maxlength="40"
                    [readonly]="c.existing.value"
                  />
                  <mat-hint>{{ (c.existing.value ? 'forms.editor.keyFixed' : 'forms.editor.keyHint') | t }}</mat-hint>
                  @if (errorOf(c.key); as message) {
                    <mat-error>{{ message }}</mat-error>
                  }
                </mat-form-field>
                @if (c.existing.value) {
                  <p class="fixed-kind">
                    <span class="fixed-label">{{ 'forms.editor.kind' | t }}</span>
                    {{ kindKey(c.kind.value) | t }}
                    <span class="hint">{{ 'forms.editor.kindFixed' | t }}</span>
                  </p>
                } @else {
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ 'forms.editor.kind' | t }}</mat-label>
                    <select matNativeControl formControlName="kind">
                      <option value="scale">{{ 'forms.kind.scale' | t }}</option>
                      <option value="open">{{ 'forms.kind.open' | t }}</option>
                    </select>
                    @if (errorOf(c.kind); as message) {
                      <mat-error>{{ message }}</mat-error>
                    }
                  </mat-form-field>
                }
              </div>
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
                <mat-label>{{ 'forms.editor.text' | t }}</mat-label>
                <textarea
                  matInput
                  formControlName="text"
                  rows="2"
                  required
                  maxlength="500"
                  [id]="'question-text-' + i"
                  (blur)="suggestKey(q)"
                ></textarea>
                @if (errorOf(c.text); as message) {
                  <mat-error>{{ message }}</mat-error>
                }
              </mat-form-field>
              @if (c.kind.value === 'scale') {
                <div class="row">
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ 'forms.editor.low' | t }}</mat-label>
                    <input matInput formControlName="low" required maxlength="60" />
                    @if (errorOf(c.low); as message) {
                      <mat-error>{{ message }}</mat-error>
                    }
                  </mat-form-field>
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ 'forms.editor.high' | t }}</mat-label>
                    <input matInput formControlName="high" required maxlength="60" />
                    @if (errorOf(c.high); as message) {
                      <mat-error>{{ message }}</mat-error>
                    }
                  </mat-form-field>
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ 'forms.editor.outcome' | t }}</mat-label>
                    <select matNativeControl formControlName="outcome">
                      @for (o of outcomes; track o) {
                        <option [value]="o">{{ outcomeChoiceKey(o) | t }}</option>
                      }
                    </select>
                    <mat-hint>{{ 'forms.editor.outcomeHint' | t }}</mat-hint>
                    @if (errorOf(c.outcome); as message) {
                      <mat-error>{{ message }}</mat-error>
                    }
                  </mat-form-field>
                </div>
              } @else {
                <div class="check">
                  <mat-checkbox formControlName="trend" [aria-describedby]="'trend-hint-' + i">{{
                    'forms.editor.trend' | t
                  }}</mat-checkbox>
                  <p class="hint" [id]="'trend-hint-' + i">{{ 'forms.editor.trendHint' | t }}</p>
                  @if (errorOf(c.trend); as message) {
                    <p class="field-error">{{ message }}</p>
                  }
                </div>
              }
              <div class="check">
                <mat-checkbox formControlName="required">{{ 'forms.editor.required' | t }}</mat-checkbox>
                @if (errorOf(c.required); as message) {
                  <p class="field-error">{{ message }}</p>
                }
              </div>
              <div class="question-actions">
                <button
                  mat-stroked-button
                  type="button"
                  [id]="'question-up-' + i"
                  [disabled]="first"
                  [attr.aria-label]="'forms.editor.upLabel' | t: { n: n }"
                  (click)="move(i, -1)"
                >
                  {{ 'forms.editor.up' | t }}
                </button>
                <button
                  mat-stroked-button
                  type="button"
                  [id]="'question-down-' + i"
                  [disabled]="last"
                  [attr.aria-label]="'forms.editor.downLabel' | t: { n: n }"
                  (click)="move(i, 1)"
                >
                  {{ 'forms.editor.down' | t }}
                </button>
                <button
                  mat-stroked-button
                  type="button"
                  class="remove"
                  [attr.aria-label]="'forms.editor.removeLabel' | t: { n: n }"
                  (click)="remove(i)"
                >
                  {{ 'forms.editor.remove' | t }}
                </button>
              </div>
            </fieldset>
          </li>
        }
      </ol>
      <p class="visually-hidden" aria-live="polite">{{ announcement() }}</p>
      <button mat-stroked-button type="button" id="question-add" (click)="add()">
        {{ 'forms.editor.add' | t }}
      </button>

      <halt-form-messages #messages [error]="error()" [details]="details()" />
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="saving()" disabledInteractive>
          {{ (saving() ? 'common.saving' : 'forms.editor.save') | t: { version: nextVersion() ?? 1 } }}
        </button>
        <button mat-button type="button" (click)="cancelled.emit()">{{ 'forms.editor.cancel' | t }}</button>
      </div>
    </form>
  `,
  styles: `
    h2[tabindex='-1']:focus {
      outline: none;
    }
    mat-form-field {
      margin-bottom: 0.75rem;
    }
    .wide {
      display: block;
      max-width: 48rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 1rem;
    }
    .row mat-form-field {
      flex: 1 1 12rem;
      min-width: 0;
    }
    .questions {
      margin: 0;
      padding: 0;
      list-style: none;
      max-width: 48rem;
    }
    fieldset {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      min-width: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0 0.25rem;
    }
    .fixed-kind {
      flex: 1 1 12rem;
      margin: 0.5rem 0 1rem;
    }
    .fixed-label {
      display: block;
      font-weight: 600;
    }
    .hint {
      display: block;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .check {
      margin: 0 0 0.5rem;
    }
    .check .hint {
      margin-left: 2.5rem;
    }
    .field-error {
      margin: 0.25rem 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .question-actions,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
    .actions {
      margin: 1rem 0 2rem;
    }
    .remove:not(:disabled) {
      color: var(--mat-sys-error);
    }
  `,
})
export class FormEditor implements OnInit {
  private readonly api = inject(DashboardsApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** What the editor starts with: the current version's texts and questions, or an empty first version. */
  readonly draft = input.required<FormDraft>();
  /** The number the new version will get (shown on the save button). */
  readonly nextVersion = input<number | null>(null);
  /** For a first version: the audiences and offer types to choose from. */
  readonly targets = input<readonly FormTarget[]>([]);
  readonly saved = output<EvaluationFormDto>();
  readonly cancelled = output<void>();

  protected readonly outcomes = OUTCOME_CHOICES;
  protected readonly targetValue = targetValue;
  protected readonly form = new FormGroup({
    target: nonNullable(''),
    title: nonNullable(''),
    intro: nonNullable(''),
    questions: new FormArray<QuestionForm>([]),
  });
  protected readonly questions = this.form.controls.questions;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly details = signal<string[]>([]);
  protected readonly announcement = signal('');

  protected readonly heading = computed(() => {
    const d = this.draft();
    return this.targets().length
      ? this.i18n.t('forms.editor.headingFirst')
      : this.i18n.t('forms.editor.heading', {
          form: this.targetName(d.audience, d.offerType),
          version: this.nextVersion() ?? 1,
        });
  });

  ngOnInit(): void {
    const d = this.draft();
    this.form.controls.target.setValue(targetValue(this.targets()[0] ?? d));
    this.form.controls.title.setValue(d.title);
    this.form.controls.intro.setValue(d.intro);
    for (const q of d.questions) this.questions.push(questionForm(q));
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('h2')?.focus(), {
      injector: this.injector,
    });
  }

  protected targetName(audience: EvaluationAudience, offerType: OfferType): string {
    return this.i18n.t('forms.family', {
      audience: this.i18n.t(audienceKey(audience)),
      offerType: this.i18n.t(offerTypeKey(offerType)),
    });
  }

  protected kindKey(kind: QuestionDraft['kind']): TranslationKey {
    return `forms.kind.${kind}`;
  }

  protected outcomeChoiceKey(outcome: OutcomeChoice): TranslationKey {
    return outcome === 'none' ? 'forms.editor.outcomeNone' : outcomeKey(outcome);
  }

  /** The message of a field's error: the API's own text, or the editor's check. */
  protected errorOf(control: AbstractControl | null): string | null {
    const errors = control?.errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    const draft = errors['draft'] as DraftError | undefined;
    return draft ? this.i18n.t(ERROR_KEYS[draft]) : null;
  }

  /** A new question's key, made from its text when left empty. */
  protected suggestKey(q: QuestionForm): void {
    if (q.controls.existing.value || q.controls.key.value.trim()) return;
    const filled = fillKeys(this.currentDraft());
    const i = this.questions.controls.indexOf(q);
    const key = filled.questions[i]?.key ?? '';
    if (q.controls.text.value.trim() && key) q.controls.key.setValue(key);
  }

  protected add(): void {
    this.questions.push(questionForm(newQuestion('scale')));
    const n = this.questions.length;
    this.announce(this.i18n.t('forms.editor.added', { n }));
    this.focus(`#question-text-${n - 1}`);
  }

  protected remove(index: number): void {
    this.questions.removeAt(index);
    this.announce(this.i18n.t('forms.editor.removed', { n: index + 1 }));
    const left = this.questions.length;
    this.focus(left ? `#question-text-${Math.min(index, left - 1)}` : '#question-add');
  }

  protected move(index: number, delta: -1 | 1): void {
    const to = index + delta;
    if (to < 0 || to >= this.questions.length) return;
    const control = this.questions.at(index);
    this.questions.removeAt(index, { emitEvent: false });
    this.questions.insert(to, control);
    this.announce(this.i18n.t('forms.editor.moved', { from: index + 1, to: to + 1 }));
    // Focus stays on the same button of the moved question, or the other one at the top or bottom.
    const last = this.questions.length - 1;
    const button = delta < 0 ? (to === 0 ? 'down' : 'up') : to === last ? 'up' : 'down';
    this.focus(`#question-${button}-${to}`);
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.error.set(null);
    this.details.set([]);
    const draft = fillKeys(this.currentDraft());
    draft.questions.forEach((q, i) => {
      const key = this.questions.at(i).controls.key;
      if (key.value !== q.key) key.setValue(q.key);
    });
    const problems = validateDraft(draft);
    if (Object.keys(problems).length) {
      this.showErrors(Object.entries(problems).map(([path, e]) => [path, { draft: e }, this.i18n.t(ERROR_KEYS[e])]));
      return;
    }
    this.saving.set(true);
    try {
      this.saved.emit(await this.api.createForm(buildFormRequest(draft)));
    } catch (e) {
      const fields = Object.entries(fieldErrors(e));
      if (fields.length) {
        this.showErrors(fields.map(([path, message]) => [path, { server: message }, message]));
      } else {
        this.error.set(apiError(e)?.message ?? this.i18n.t('common.saveFailed'));
        this.focus('halt-form-messages');
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** The draft as the fields have it now. */
  private currentDraft(): FormDraft {
    const v = this.form.getRawValue();
    const [audience, offerType] = (this.targets().length ? v.target : targetValue(this.draft())).split('|') as [
      EvaluationAudience,
      OfferType,
    ];
    return { audience, offerType, title: v.title, intro: v.intro, questions: v.questions };
  }

  /**
   * Shows errors at their fields (`title`, `questions.2.text`, …); those without a field of their own
   * (e.g. `questions`) are listed in the message. Focus goes to the first field with an error.
   */
  private showErrors(errors: [path: string, error: Record<string, unknown>, message: string][]): void {
    const listed: string[] = [];
    for (const [path, error, message] of errors) {
      const name = path === 'audience' || path === 'offerType' ? 'target' : path;
      const control = this.form.get(name);
      if (control instanceof FormControl && (name !== 'target' || this.targets().length)) {
        control.setErrors(error);
        control.markAsTouched();
      } else {
        const q = questionIndex(path);
        listed.push(q === null ? message : this.i18n.t('forms.editor.questionError', { n: q + 1, message }));
      }
    }
    this.error.set(this.i18n.t('common.checkFields'));
    this.details.set(listed);
    afterNextRender(
      () =>
        (
          this.host.nativeElement.querySelector<HTMLElement>(INVALID_FIELD) ??
          this.host.nativeElement.querySelector<HTMLElement>('halt-form-messages')
        )?.focus(),
      { injector: this.injector },
    );
  }

  private announce(text: string): void {
    this.announcement.set(text);
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
