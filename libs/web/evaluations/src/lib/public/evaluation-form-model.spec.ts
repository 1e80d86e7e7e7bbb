import type { EvaluationQuestionDto } from '@halt/contracts';
import {
  answerProblems,
  errorsByQuestion,
  evaluationPath,
  OPEN_ANSWER_MAX,
  toSubmitRequest,
  type EvaluationValue,
} from './evaluation-form-model';

const questions: EvaluationQuestionDto[] = [
  {
    key: 'feel_safer',
    kind: 'scale',
    text: 'Voel je je veiliger?',
    low: 'helemaal niet',
    high: 'helemaal wel',
    outcome: 'feel_safer',
    required: true,
  },
  { key: 'overall', kind: 'scale', text: 'Cijfer', low: 'slecht', high: 'goed', outcome: 'overall', required: false },
  { key: 'tips', kind: 'open', text: 'Tips?', trend: false, required: false },
  { key: 'worries', kind: 'open', text: 'Waar maak je je zorgen over?', trend: true, required: true },
];

const value = (over: Partial<EvaluationValue> = {}): EvaluationValue => ({
  scores: { feel_safer: 4 },
  answers: { worries: 'Vapen op school' },
  ...over,
});

describe('answering an evaluation form', () => {
  it('sends a form with every required question answered', () => {
    expect(answerProblems(questions, value())).toEqual({});
  });

  it('asks for each required question left open, scale and text alike', () => {
    expect(answerProblems(questions, { scores: {}, answers: { worries: '   ' } })).toEqual({
      feel_safer: 'scoreRequired',
      worries: 'answerRequired',
    });
  });

  it('does not take a score outside 1 to 5', () => {
    expect(answerProblems(questions, value({ scores: { feel_safer: 6 } }))).toEqual({ feel_safer: 'scoreRequired' });
  });

  it('refuses an open answer longer than 1,000 characters', () => {
    const long = 'a'.repeat(OPEN_ANSWER_MAX + 1);
    expect(answerProblems(questions, value({ answers: { worries: 'x', tips: long } }))).toEqual({
      tips: 'answerTooLong',
    });
  });

  it('builds the body from the form own questions only, trimmed, without empty answers', () => {
    const body = toSubmitRequest(
      'form-1',
      questions,
      value({
        scores: { feel_safer: 4, overall: 5, unknown: 3 },
        answers: { worries: '  Vapen op school ', tips: '  ', unknown: 'x' },
      }),
    );
    expect(body).toEqual({
      formId: 'form-1',
      scores: { feel_safer: 4, overall: 5 },
      answers: { worries: 'Vapen op school' },
    });
  });

  it('puts the API field errors next to their question', () => {
    const { byQuestion, other } = errorsByQuestion(
      [
        { field: 'scores.feel_safer', message: 'Kies een antwoord' },
        { field: 'answers.tips', message: 'Te lang' },
        { field: 'formId', message: 'Deze vragenlijst is vervangen' },
        { field: 'scores.gone', message: 'Onbekende vraag' },
      ],
      questions,
    );
    expect(byQuestion).toEqual({ feel_safer: 'Kies een antwoord', tips: 'Te lang' });
    expect(other.map((e) => e.field)).toEqual(['formId', 'scores.gone']);
  });

  it('reads class codes and teacher links from their own addresses', () => {
    expect(evaluationPath('class', 'ABCDEFGH')).toBe('/api/public/evaluations/ABCDEFGH');
    expect(evaluationPath('teacher', 'a/b')).toBe('/api/public/teacher-evaluations/a%2Fb');
  });
});
