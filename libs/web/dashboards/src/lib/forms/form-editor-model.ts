import {
  type CreateEvaluationFormRequest,
  type EvaluationAudience,
  type EvaluationFormDto,
  type EvaluationOutcome,
  type EvaluationQuestionDto,
  OFFER_TYPES,
  type OfferType,
} from '@halt/contracts';

/** The outcome of a scale question as the editor's select has it: one of the outcomes, or none. */
export type OutcomeChoice = EvaluationOutcome | 'none';
export const OUTCOME_CHOICES: readonly OutcomeChoice[] = [
  'feel_safer',
  'prevent_repair',
  'recommend',
  'overall',
  'none',
];
export const AUDIENCE_ORDER: readonly EvaluationAudience[] = ['teacher', 'pupil', 'parent'];

/** A question being edited: the fields of both kinds, so switching kind keeps what was typed. */
export interface QuestionDraft {
  key: string;
  kind: 'scale' | 'open';
  text: string;
  low: string;
  high: string;
  outcome: OutcomeChoice;
  trend: boolean;
  required: boolean;
  /** Asked in the version this one starts from: its key (and kind) stay, as answers are stored by key. */
  existing: boolean;
}

export interface FormDraft {
  audience: EvaluationAudience;
  offerType: OfferType;
  /** The version this draft starts from (none for a first form): the API refuses it when a newer one exists. */
  basedOnVersion?: number;
  title: string;
  intro: string;
  questions: QuestionDraft[];
}

/** What is wrong with a field of the draft, before it goes to the API. */
export type DraftError = 'required' | 'keyPattern' | 'keyTaken' | 'noQuestions';

/** Keys: a lower-case letter, then lower-case letters, digits or underscores; 2 to 40 characters. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

/** A form's versions for one audience and offer type. */
export interface FormFamily {
  audience: EvaluationAudience;
  offerType: OfferType;
  /** The version new answers are given on (the newest, if none is marked current). */
  current: EvaluationFormDto;
  /** All versions, newest first. */
  versions: EvaluationFormDto[];
  /** Answers over all versions. */
  answers: number;
}

export function newQuestion(kind: QuestionDraft['kind'] = 'scale'): QuestionDraft {
  return {
    key: '',
    kind,
    text: '',
    low: '',
    high: '',
    outcome: 'none',
    trend: false,
    required: kind === 'scale',
    existing: false,
  };
}

/** The editor's starting point for a new version: the current version's texts and questions. */
export function draftFrom(form: EvaluationFormDto): FormDraft {
  return {
    audience: form.audience,
    offerType: form.offerType,
    basedOnVersion: form.version,
    title: form.title,
    intro: form.intro,
    questions: form.questions.map((q) =>
      q.kind === 'scale'
        ? { ...newQuestion('scale'), ...pick(q), low: q.low, high: q.high, outcome: q.outcome ?? 'none' }
        : { ...newQuestion('open'), ...pick(q), trend: q.trend },
    ),
  };
}

const pick = (q: EvaluationQuestionDto) => ({
  key: q.key,
  kind: q.kind,
  text: q.text,
  required: q.required,
  existing: true,
});

/** A first version of a form: no texts yet and one scale question. */
export function emptyDraft(audience: EvaluationAudience, offerType: OfferType): FormDraft {
  return { audience, offerType, title: '', intro: '', questions: [newQuestion('scale')] };
}

/** A key made from a question's text: "Voel je je veiliger?" → "voel_je_je_veiliger". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[_0-9]+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return slug.length >= 2 ? slug : '';
}

/** `base`, or `base_2`, `base_3`… when it is taken (at most 40 characters). */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const key = `${base.slice(0, 40 - String(n).length - 1)}_${n}`;
    if (!used.has(key)) return key;
  }
}

/** Gives each new question without a key one made from its text (or "vraag_N"), unique in the form. */
export function fillKeys(draft: FormDraft): FormDraft {
  const taken = new Set(draft.questions.map((q) => q.key.trim()).filter(Boolean));
  const questions = draft.questions.map((q, i) => {
    if (q.existing || q.key.trim()) return q;
    const key = uniqueKey(slugify(q.text) || `vraag_${i + 1}`, taken);
    taken.add(key);
    return { ...q, key };
  });
  return { ...draft, questions };
}

/** Checks a draft as the API will: paths as in the API's 400 answers (e.g. `questions.2.text`). */
export function validateDraft(draft: FormDraft): Record<string, DraftError> {
  const errors: Record<string, DraftError> = {};
  if (!draft.title.trim()) errors['title'] = 'required';
  if (!draft.questions.length) errors['questions'] = 'noQuestions';
  const seen = new Set<string>();
  draft.questions.forEach((q, i) => {
    const key = q.key.trim();
    if (!key) errors[`questions.${i}.key`] = 'required';
    else if (!q.existing && !KEY_PATTERN.test(key)) errors[`questions.${i}.key`] = 'keyPattern';
    else if (seen.has(key)) errors[`questions.${i}.key`] = 'keyTaken';
    seen.add(key);
    if (!q.text.trim()) errors[`questions.${i}.text`] = 'required';
    if (q.kind === 'scale') {
      if (!q.low.trim()) errors[`questions.${i}.low`] = 'required';
      if (!q.high.trim()) errors[`questions.${i}.high`] = 'required';
    }
  });
  return errors;
}

/** The new version as the API takes it: texts trimmed, and per question only the fields of its kind. */
export function buildFormRequest(draft: FormDraft): CreateEvaluationFormRequest {
  return {
    audience: draft.audience,
    offerType: draft.offerType,
    ...(draft.basedOnVersion === undefined ? {} : { basedOnVersion: draft.basedOnVersion }),
    title: draft.title.trim(),
    intro: draft.intro.trim(),
    questions: draft.questions.map((q): EvaluationQuestionDto => {
      const common = { key: q.key.trim(), text: q.text.trim(), required: q.required };
      return q.kind === 'scale'
        ? {
            ...common,
            kind: 'scale',
            low: q.low.trim(),
            high: q.high.trim(),
            outcome: q.outcome === 'none' ? null : q.outcome,
          }
        : { ...common, kind: 'open', trend: q.trend };
    }),
  };
}

/** The list with the item at `from` moved to `to`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** The question an error path is about: `questions.2.text` → 2. */
export function questionIndex(path: string): number | null {
  const m = /^questions\.(\d+)(\.|$)/.exec(path);
  return m ? Number(m[1]) : null;
}

/** The forms per audience and offer type, in the order audiences and offer types are listed elsewhere. */
export function groupForms(forms: readonly EvaluationFormDto[]): FormFamily[] {
  const byFamily = new Map<string, EvaluationFormDto[]>();
  for (const f of forms) {
    const id = `${f.audience}|${f.offerType}`;
    byFamily.set(id, [...(byFamily.get(id) ?? []), f]);
  }
  return [...byFamily.values()]
    .map((versions) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      return {
        audience: sorted[0].audience,
        offerType: sorted[0].offerType,
        current: sorted.find((v) => v.current) ?? sorted[0],
        versions: sorted,
        answers: sorted.reduce((n, v) => n + v.answers, 0),
      };
    })
    .sort(
      (a, b) =>
        rank(AUDIENCE_ORDER, a.audience) - rank(AUDIENCE_ORDER, b.audience) ||
        rank(OFFER_TYPES, a.offerType) - rank(OFFER_TYPES, b.offerType),
    );
}

/** Audience and offer type combinations without a form yet. */
export function missingFamilies(
  families: readonly FormFamily[],
): { audience: EvaluationAudience; offerType: OfferType }[] {
  const present = new Set(families.map((f) => `${f.audience}|${f.offerType}`));
  return AUDIENCE_ORDER.flatMap((audience) =>
    OFFER_TYPES.filter((offerType) => !present.has(`${audience}|${offerType}`)).map((offerType) => ({
      audience,
      offerType,
    })),
  );
}

function rank(order: readonly string[], value: string): number {
  const i = order.indexOf(value);
  return i < 0 ? order.length : i;
}
