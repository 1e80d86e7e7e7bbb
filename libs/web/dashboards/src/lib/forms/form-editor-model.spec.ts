import type { EvaluationFormDto } from '@halt/contracts';
import {
  buildFormRequest,
  draftFrom,
  emptyDraft,
  fillKeys,
  groupForms,
  missingFamilies,
  moveItem,
  newQuestion,
  questionIndex,
  slugify,
  uniqueKey,
  validateDraft,
} from './form-editor-model';

const form = (over: Partial<EvaluationFormDto> = {}): EvaluationFormDto => ({
  id: 'f2',
  audience: 'pupil',
  offerType: 'klassendialoog',
  version: 2,
  title: 'Wat vond je van de les?',
  intro: 'Het duurt 2 minuten.',
  questions: [
    {
      key: 'veiliger',
      kind: 'scale',
      text: 'Voel je je veiliger?',
      low: 'helemaal niet',
      high: 'helemaal wel',
      outcome: 'feel_safer',
      required: true,
    },
    { key: 'zorgen', kind: 'open', text: 'Waar maak je je zorgen over?', trend: true, required: false },
  ],
  createdAt: '2027-01-10T09:00:00Z',
  current: true,
  answers: 120,
  ...over,
});

describe('the evaluation form editor', () => {
  it('starts a new version from the current one, its questions marked as existing', () => {
    const draft = draftFrom(form());
    expect(draft.title).toBe('Wat vond je van de les?');
    expect(draft.questions[0]).toMatchObject({ key: 'veiliger', kind: 'scale', outcome: 'feel_safer', existing: true });
    expect(draft.questions[1]).toMatchObject({ key: 'zorgen', kind: 'open', trend: true, existing: true });
  });

  it('shows a scale question without an outcome as "none"', () => {
    const f = form();
    f.questions = [{ ...(f.questions[0] as Extract<(typeof f.questions)[0], { kind: 'scale' }>), outcome: null }];
    expect(draftFrom(f).questions[0].outcome).toBe('none');
  });

  it('builds the request with only the fields of each kind, texts trimmed', () => {
    const draft = draftFrom(form());
    draft.title = '  Nieuwe titel ';
    draft.questions[0].trend = true; // left over from switching kind: not sent
    draft.questions.push({
      ...newQuestion('scale'),
      key: 'aanraden',
      text: ' Zou je het aanraden? ',
      low: 'nee',
      high: 'ja',
    });
    expect(buildFormRequest(draft)).toEqual({
      audience: 'pupil',
      offerType: 'klassendialoog',
      basedOnVersion: 2,
      title: 'Nieuwe titel',
      intro: 'Het duurt 2 minuten.',
      questions: [
        {
          key: 'veiliger',
          kind: 'scale',
          text: 'Voel je je veiliger?',
          low: 'helemaal niet',
          high: 'helemaal wel',
          outcome: 'feel_safer',
          required: true,
        },
        { key: 'zorgen', kind: 'open', text: 'Waar maak je je zorgen over?', trend: true, required: false },
        {
          key: 'aanraden',
          kind: 'scale',
          text: 'Zou je het aanraden?',
          low: 'nee',
          high: 'ja',
          outcome: null,
          required: true,
        },
      ],
    });
  });

  it('moves questions up and down, and not past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('makes keys from the question text, unique in the form', () => {
    expect(slugify('Voel je je véiliger?')).toBe('voel_je_je_veiliger');
    expect(slugify('12 tips!')).toBe('tips');
    expect(slugify('?')).toBe('');
    expect(uniqueKey('veiliger', ['veiliger', 'veiliger_2'])).toBe('veiliger_3');
    const draft = draftFrom(form());
    draft.questions.push({ ...newQuestion(), text: 'Voel je je veiliger' }, { ...newQuestion(), text: '' });
    const filled = fillKeys(draft);
    expect(filled.questions.map((q) => q.key)).toEqual(['veiliger', 'zorgen', 'voel_je_je_veiliger', 'vraag_4']);
  });

  it('asks for a title, question texts and scale labels, and valid unique keys', () => {
    const draft = emptyDraft('parent', 'ouderbijeenkomst');
    draft.questions.push({ ...newQuestion('open'), key: 'Open!', text: 'Nog iets?' });
    draft.questions.push(
      { ...newQuestion('open'), key: 'tip', text: 'Tip?' },
      { ...newQuestion('open'), key: 'tip', text: 'Tip 2?' },
    );
    expect(validateDraft(draft)).toEqual({
      title: 'required',
      'questions.0.key': 'required',
      'questions.0.text': 'required',
      'questions.0.low': 'required',
      'questions.0.high': 'required',
      'questions.1.key': 'keyPattern',
      'questions.3.key': 'keyTaken',
    });
    expect(validateDraft({ ...draft, title: 'x', questions: [] })).toEqual({ questions: 'noQuestions' });
    expect(validateDraft(draftFrom(form()))).toEqual({});
  });

  it('finds the question an API error is about', () => {
    expect(questionIndex('questions.2.text')).toBe(2);
    expect(questionIndex('questions.0')).toBe(0);
    expect(questionIndex('title')).toBeNull();
  });
});

describe('the list of evaluation forms', () => {
  it('groups versions per audience and offer type, newest first, with the current one and all answers', () => {
    const families = groupForms([
      form({ id: 'f1', version: 1, current: false, answers: 300 }),
      form(),
      form({ id: 't1', audience: 'teacher', version: 1, answers: 12 }),
      form({ id: 'p1', offerType: 'voorlichting', version: 1, answers: 0 }),
    ]);
    expect(families.map((f) => `${f.audience}/${f.offerType}`)).toEqual([
      'teacher/klassendialoog',
      'pupil/voorlichting',
      'pupil/klassendialoog',
    ]);
    const pupils = families[2];
    expect(pupils.current.id).toBe('f2');
    expect(pupils.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(pupils.answers).toBe(420);
  });

  it('takes the newest version as current when none is marked', () => {
    const [family] = groupForms([
      form({ id: 'a', version: 1, current: false }),
      form({ id: 'b', version: 3, current: false }),
    ]);
    expect(family.current.id).toBe('b');
  });

  it('lists the audience and offer type combinations without a form', () => {
    const missing = missingFamilies(groupForms([form()]));
    expect(missing).toHaveLength(17);
    expect(missing).not.toContainEqual({ audience: 'pupil', offerType: 'klassendialoog' });
    expect(missing[0]).toEqual({ audience: 'teacher', offerType: 'voorlichting' });
  });
});
