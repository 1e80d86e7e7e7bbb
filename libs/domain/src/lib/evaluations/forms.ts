import type { EvaluationQuestionDto, FieldError } from '@halt/contracts';
import { redactContactDetails } from './evaluations';

const KEY = /^[a-z][a-z0-9_]{1,39}$/;
const OUTCOMES = ['feel_safer', 'prevent_repair', 'recommend', 'overall'];

/** Longest open answer kept. */
export const OPEN_ANSWER_MAX = 1000;

/**
 * Checks the questions of a new form version: stable keys (unique, snake_case), a text, 1–5 scale labels and
 * a known outcome (each outcome at most once), and at least one scale question so a form yields figures.
 */
export function validateFormQuestions(questions: unknown[]): FieldError[] {
  const errors: FieldError[] = [];
  const keys = new Set<string>();
  const outcomes = new Set<string>();
  questions.forEach((raw, i) => {
    const at = (f: string) => `questions.${i}.${f}`;
    if (typeof raw !== 'object' || raw === null) {
      errors.push({ field: `questions.${i}`, message: 'is geen vraag' });
      return;
    }
    const q = raw as Record<string, unknown>;
    if (typeof q['key'] !== 'string' || !KEY.test(q['key'])) {
      errors.push({
        field: at('key'),
        message: 'kleine letters, cijfers en _, 2 tot 40 tekens, begint met een letter',
      });
    } else if (keys.has(q['key'])) {
      errors.push({ field: at('key'), message: `komt al eerder voor (${q['key']})` });
    } else {
      keys.add(q['key']);
    }
    if (typeof q['text'] !== 'string' || q['text'].trim().length < 3 || q['text'].length > 300) {
      errors.push({ field: at('text'), message: 'moet 3 tot 300 tekens lang zijn' });
    }
    if (typeof q['required'] !== 'boolean') errors.push({ field: at('required'), message: 'moet waar of onwaar zijn' });
    if (q['kind'] === 'scale') {
      for (const end of ['low', 'high']) {
        const label = q[end];
        if (typeof label !== 'string' || label.trim().length < 1 || label.length > 40) {
          errors.push({ field: at(end), message: 'moet 1 tot 40 tekens lang zijn' });
        }
      }
      const outcome = q['outcome'];
      if (outcome !== null && (typeof outcome !== 'string' || !OUTCOMES.includes(outcome))) {
        errors.push({ field: at('outcome'), message: `moet leeg zijn of een van ${OUTCOMES.join(', ')}` });
      } else if (typeof outcome === 'string') {
        if (outcomes.has(outcome)) errors.push({ field: at('outcome'), message: `wordt al gemeten (${outcome})` });
        outcomes.add(outcome);
      }
    } else if (q['kind'] === 'open') {
      if (typeof q['trend'] !== 'boolean') errors.push({ field: at('trend'), message: 'moet waar of onwaar zijn' });
    } else {
      errors.push({ field: at('kind'), message: 'moet scale of open zijn' });
    }
  });
  if (errors.length === 0 && !questions.some((q) => (q as { kind: string }).kind === 'scale')) {
    errors.push({ field: 'questions', message: 'een formulier heeft minstens één schaalvraag (1–5)' });
  }
  return errors;
}

/** A form version's questions in the canonical shape (unknown properties dropped, texts trimmed). */
export function canonicalQuestions(questions: EvaluationQuestionDto[]): EvaluationQuestionDto[] {
  return questions.map((q) =>
    q.kind === 'scale'
      ? {
          key: q.key,
          kind: 'scale',
          text: q.text.trim(),
          low: q.low.trim(),
          high: q.high.trim(),
          outcome: q.outcome ?? null,
          required: q.required,
        }
      : { key: q.key, kind: 'open', text: q.text.trim(), trend: q.trend, required: q.required },
  );
}

/** What is stored of one answer: scores per scale key, redacted open answers, and the outcome scores. */
export interface AcceptedAnswer {
  scores: Record<string, number>;
  answers: Record<string, string>;
  /** Scores per outcome (for the per-session counters). */
  outcomes: Record<string, number>;
  /** Open answers to trend questions (redacted). */
  trends: string[];
}

/**
 * Checks an answer against the form version it was given on and returns what may be stored: only known
 * keys, whole scores 1–5, open answers up to {@link OPEN_ANSWER_MAX} characters with e-mail addresses and
 * phone numbers removed. Errors name the field (`scores.<key>`, `answers.<key>`) in Dutch.
 */
export function acceptAnswer(
  questions: EvaluationQuestionDto[],
  scores: Record<string, unknown>,
  answers: Record<string, unknown> = {},
): { ok: true; value: AcceptedAnswer } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value: AcceptedAnswer = { scores: {}, answers: {}, outcomes: {}, trends: [] };
  const known = new Map(questions.map((q) => [q.key, q]));
  for (const key of Object.keys(scores)) {
    if (known.get(key)?.kind !== 'scale')
      errors.push({ field: `scores.${key}`, message: 'is geen vraag van dit formulier' });
  }
  for (const key of Object.keys(answers)) {
    if (known.get(key)?.kind !== 'open')
      errors.push({ field: `answers.${key}`, message: 'is geen vraag van dit formulier' });
  }
  for (const q of questions) {
    if (q.kind === 'scale') {
      const score = scores[q.key];
      if (score === undefined || score === null) {
        if (q.required) errors.push({ field: `scores.${q.key}`, message: 'kies een antwoord van 1 tot 5' });
      } else if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) {
        errors.push({ field: `scores.${q.key}`, message: 'moet een heel getal van 1 tot 5 zijn' });
      } else {
        value.scores[q.key] = score;
        if (q.outcome) value.outcomes[q.outcome] = score;
      }
    } else {
      const raw = answers[q.key];
      if (raw !== undefined && raw !== null && typeof raw !== 'string') {
        errors.push({ field: `answers.${q.key}`, message: 'moet tekst zijn' });
        continue;
      }
      const text = (raw ?? '').trim();
      if (!text) {
        if (q.required) errors.push({ field: `answers.${q.key}`, message: 'is verplicht' });
      } else if (text.length > OPEN_ANSWER_MAX) {
        errors.push({ field: `answers.${q.key}`, message: `mag hoogstens ${OPEN_ANSWER_MAX} tekens zijn` });
      } else {
        const clean = redactContactDetails(text);
        value.answers[q.key] = clean;
        if (q.trend) value.trends.push(clean);
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}
