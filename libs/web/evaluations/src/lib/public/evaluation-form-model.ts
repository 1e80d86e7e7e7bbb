import type { EvaluationQuestionDto, FieldError, SubmitEvaluationRequest } from '@halt/contracts';
import { OPEN_ANSWER_MAX } from '@halt/domain';

export { OPEN_ANSWER_MAX };

/** The answers of a 1–5 scale question. */
export const SCALE = [1, 2, 3, 4, 5] as const;

/** Where a form comes from: a class code (pupils, parents) or a teacher's link. */
export type EvaluationSource = 'class' | 'teacher';

/** The API address of the form behind a class code or teacher link (GET to read, POST to answer). */
export function evaluationPath(source: EvaluationSource, id: string): string {
  const base = source === 'teacher' ? '/api/public/teacher-evaluations' : '/api/public/evaluations';
  return `${base}/${encodeURIComponent(id)}`;
}

/** What the respondent filled in so far: a score per scale question, text per open question. */
export interface EvaluationValue {
  scores: Readonly<Partial<Record<string, number>>>;
  answers: Readonly<Partial<Record<string, string>>>;
}

export type AnswerProblem = 'scoreRequired' | 'answerRequired' | 'answerTooLong';

const isScore = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;

/** Per question key, why the answer cannot be sent yet; empty when the form can be sent. */
export function answerProblems(
  questions: readonly EvaluationQuestionDto[],
  value: EvaluationValue,
): Record<string, AnswerProblem> {
  const problems: Record<string, AnswerProblem> = {};
  for (const q of questions) {
    if (q.kind === 'scale') {
      if (q.required && !isScore(value.scores[q.key])) problems[q.key] = 'scoreRequired';
    } else {
      const text = (value.answers[q.key] ?? '').trim();
      if (text.length > OPEN_ANSWER_MAX) problems[q.key] = 'answerTooLong';
      else if (q.required && !text) problems[q.key] = 'answerRequired';
    }
  }
  return problems;
}

/** The body of the POST: only the form's own questions, scores 1–5, open answers trimmed and left out when empty. */
export function toSubmitRequest(
  formId: string,
  questions: readonly EvaluationQuestionDto[],
  value: EvaluationValue,
): SubmitEvaluationRequest {
  const scores: Record<string, number> = {};
  const answers: Record<string, string> = {};
  for (const q of questions) {
    if (q.kind === 'scale') {
      const score = value.scores[q.key];
      if (isScore(score)) scores[q.key] = score;
    } else {
      const text = (value.answers[q.key] ?? '').trim();
      if (text) answers[q.key] = text;
    }
  }
  return { formId, scores, answers };
}

/**
 * The API's field errors (`scores.feel_safer`, `answers.tips`) by question key; errors about anything else
 * (e.g. `formId`) are returned as they are, to show above the button.
 */
export function errorsByQuestion(
  errors: readonly FieldError[],
  questions: readonly EvaluationQuestionDto[],
): { byQuestion: Record<string, string>; other: FieldError[] } {
  const keys = new Set(questions.map((q) => q.key));
  const byQuestion: Record<string, string> = {};
  const other: FieldError[] = [];
  for (const e of errors) {
    const match = /^(?:scores|answers)\.(.+)$/.exec(e.field);
    const key = match?.[1];
    if (key && keys.has(key)) byQuestion[key] ??= e.message;
    else other.push(e);
  }
  return { byQuestion, other };
}
