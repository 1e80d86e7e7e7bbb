import type { EvaluationQuestionDto } from '@halt/contracts';
import { REDACTED } from './evaluations';
import { acceptAnswer, canonicalQuestions, validateFormQuestions } from './forms';

const scale = (key: string, outcome: string | null = key): EvaluationQuestionDto =>
  ({
    key,
    kind: 'scale',
    text: `Vraag ${key}`,
    low: 'niet',
    high: 'wel',
    outcome,
    required: true,
  }) as EvaluationQuestionDto;
const open = (key: string, trend = false): EvaluationQuestionDto => ({
  key,
  kind: 'open',
  text: `Vraag ${key}`,
  trend,
  required: false,
});

describe('form versions', () => {
  it('accept stable keys, scale labels and known outcomes', () => {
    expect(validateFormQuestions([scale('feel_safer'), scale('recommend'), open('trends', true)])).toEqual([]);
  });

  it('name every wrong field of a question', () => {
    const errors = validateFormQuestions([
      scale('feel_safer'),
      { ...scale('feel_safer'), outcome: 'happiness' },
      { key: 'X', kind: 'slider', text: 'a', required: 'ja' },
      { ...scale('other', 'feel_safer'), low: '' },
    ]);
    expect(errors).toEqual([
      { field: 'questions.1.key', message: 'komt al eerder voor (feel_safer)' },
      { field: 'questions.1.outcome', message: expect.stringContaining('moet leeg zijn of een van') },
      { field: 'questions.2.key', message: expect.stringContaining('kleine letters') },
      { field: 'questions.2.text', message: 'moet 3 tot 300 tekens lang zijn' },
      { field: 'questions.2.required', message: 'moet waar of onwaar zijn' },
      { field: 'questions.2.kind', message: 'moet scale of open zijn' },
      { field: 'questions.3.low', message: 'moet 1 tot 40 tekens lang zijn' },
      { field: 'questions.3.outcome', message: 'wordt al gemeten (feel_safer)' },
    ]);
  });

  it('need at least one scale question', () => {
    expect(validateFormQuestions([open('tip')])).toEqual([
      { field: 'questions', message: 'een formulier heeft minstens één schaalvraag (1–5)' },
    ]);
  });

  it('are stored without unknown properties', () => {
    const withExtra = {
      ...scale('recommend'),
      text: '  Raad je het aan?  ',
      colour: 'red',
    } as unknown as EvaluationQuestionDto;
    expect(canonicalQuestions([withExtra])).toEqual([{ ...scale('recommend'), text: 'Raad je het aan?' }]);
  });
});

describe('an answer', () => {
  const form = [scale('feel_safer'), scale('learned', 'prevent_repair'), open('trends', true), open('tip')];

  it('keeps scores by key, outcomes for the counters, and redacted trend texts', () => {
    const result = acceptAnswer(
      form,
      { feel_safer: 4, learned: 5 },
      { trends: ' Veel vapen; bel me 06-12345678 ', tip: '' },
    );
    expect(result).toEqual({
      ok: true,
      value: {
        scores: { feel_safer: 4, learned: 5 },
        answers: { trends: `Veel vapen; bel me ${REDACTED}` },
        outcomes: { feel_safer: 4, prevent_repair: 5 },
        trends: [`Veel vapen; bel me ${REDACTED}`],
      },
    });
  });

  it('is refused per field: missing, out of range, not a whole number, unknown keys, too long', () => {
    const result = acceptAnswer(form, { feel_safer: 6, name: 3 }, { tip: 'x'.repeat(1001), email: 'jan@example.nl' });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'scores.name', message: 'is geen vraag van dit formulier' },
        { field: 'answers.email', message: 'is geen vraag van dit formulier' },
        { field: 'scores.feel_safer', message: 'moet een heel getal van 1 tot 5 zijn' },
        { field: 'scores.learned', message: 'kies een antwoord van 1 tot 5' },
        { field: 'answers.tip', message: 'mag hoogstens 1000 tekens zijn' },
      ],
    });
    expect(acceptAnswer(form, { feel_safer: 2.5, learned: 1 })).toMatchObject({
      errors: [{ field: 'scores.feel_safer', message: 'moet een heel getal van 1 tot 5 zijn' }],
    });
  });
});
