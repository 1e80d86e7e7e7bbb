import type { OfferDto } from '@halt/contracts';
import {
  controlPathOf,
  defaultWindow,
  firstStepWithError,
  sessionCountOf,
  stepOfField,
  toCreateRequest,
  type WizardValue,
} from './wizard-model';

const offer = (over: Partial<OfferDto> = {}): OfferDto => ({
  id: 'b7f3c7a4-0d55-4a43-9d0c-1f1d0a0c0a01',
  code: 'voorlichting-online-veiligheid',
  type: 'voorlichting',
  title: 'Online veiligheid',
  description: '',
  topics: [],
  levels: ['vo-1-2'],
  durationMinutes: 60,
  maxPupilsPerGroup: 32,
  staffNeeded: 1,
  requiredSkill: 'voorlichting',
  priceEuroCents: 35000,
  priceCredits: 1,
  parentMeetingPossible: false,
  onlinePossible: true,
  active: true,
  ...over,
});

const value = (over: Partial<WizardValue['practical']> = {}): WizardValue => ({
  groups: [{ name: ' 1A ', level: 'vo-1-2', pupilCount: 28 }],
  windows: [{ from: '2027-02-01', to: '2027-02-26', weekdays: [5, 1, 3], earliest: '08:30', latest: '15:00' }],
  series: { frequency: 'fortnightly', count: 6, weekday: 2, time: '12:30', hearings: 2 },
  practical: {
    location: ' Aula ',
    contactName: 'J. de Boer',
    contactEmail: 'j.deboer@school.example',
    contactPhone: '',
    interpreter: false,
    interpreterLanguage: 'Arabisch',
    parentMeeting: true,
    onlineParentMeeting: true,
    notes: '  ',
    funding: 'school',
    ...over,
  },
});

describe('toCreateRequest', () => {
  it('sends a per-class request without a series, trimmed, with sorted weekdays and nothing that does not apply', () => {
    expect(toCreateRequest(offer(), value())).toEqual({
      offerId: offer().id,
      groups: [{ name: '1A', level: 'vo-1-2', pupilCount: 28 }],
      windows: [{ from: '2027-02-01', to: '2027-02-26', weekdays: [1, 3, 5], earliest: '08:30', latest: '15:00' }],
      location: 'Aula',
      contact: { name: 'J. de Boer', email: 'j.deboer@school.example' },
      // The offer has no parent meeting, so neither the meeting nor its online variant is asked for.
      languageNeeds: { interpreter: false, onlineParentMeeting: false },
      parentMeeting: false,
      funding: 'school',
    });
  });

  it('adds the interpreter language, phone and notes only when given', () => {
    const body = toCreateRequest(
      offer({ parentMeetingPossible: true }),
      value({ interpreter: true, contactPhone: '030 123 45 67', notes: 'Na een incident' }),
    );
    expect(body.languageNeeds).toEqual({
      interpreter: true,
      interpreterLanguage: 'Arabisch',
      onlineParentMeeting: true,
    });
    expect(body.parentMeeting).toBe(true);
    expect(body.contact.phone).toBe('030 123 45 67');
    expect(body.notes).toBe('Na een incident');
  });

  it('sends the series for a spreekuur, and the hearings only for halt-jrb', () => {
    expect(toCreateRequest(offer({ type: 'schoolspreekuur' }), value()).series).toEqual({
      frequency: 'fortnightly',
      count: 6,
      weekday: 2,
      time: '12:30',
    });
    expect(toCreateRequest(offer({ type: 'halt-jrb' }), value()).series?.hearings).toBe(2);
  });
});

describe('paying from a gemeente package', () => {
  it('sends the chosen package', () => {
    const body = toCreateRequest(offer(), value({ funding: 'b1c2d3e4-0000-4000-8000-000000000001' }));
    expect(body.funding).toBe('package');
    expect(body.packageOrderId).toBe('b1c2d3e4-0000-4000-8000-000000000001');
  });

  it('counts the sessions a package pays for, as the API expands them', () => {
    expect(sessionCountOf(offer(), value())).toBe(1);
    expect(sessionCountOf(offer({ parentMeetingPossible: true }), value())).toBe(2); // plus the parent meeting
    expect(sessionCountOf(offer({ type: 'schoolspreekuur' }), value({ parentMeeting: false }))).toBe(6);
    expect(sessionCountOf(offer({ type: 'halt-jrb' }), value({ parentMeeting: false }))).toBe(9); // intake, 6, 2 hearings
    expect(sessionCountOf(offer({ type: 'ouderbijeenkomst', parentMeetingPossible: true }), value())).toBe(1);
  });

  it('sends a refused package back to the practical step', () => {
    expect(stepOfField('packageOrderId')).toBe('practical');
    expect(controlPathOf('packageOrderId')).toBe('practical.funding');
  });
});

describe('refusals map back to the wizard', () => {
  it.each([
    ['offerId', 'offer'],
    ['groups', 'groups'],
    ['groups.1.pupilCount', 'groups'],
    ['windows.0.from', 'dates'],
    ['series.count', 'dates'],
    ['contact.email', 'practical'],
    ['languageNeeds.interpreterLanguage', 'practical'],
    ['Idempotency-Key', 'review'],
  ])('%s is entered on step %s', (field, step) => {
    expect(stepOfField(field)).toBe(step);
  });

  it('sends the school to the earliest step with an error', () => {
    expect(
      firstStepWithError([
        { field: 'location', message: 'x' },
        { field: 'windows.1.to', message: 'y' },
      ]),
    ).toBe('dates');
    expect(firstStepWithError([])).toBe('review');
  });

  it('finds the form control of a field, or none for a whole list', () => {
    expect(controlPathOf('contact.email')).toBe('practical.contactEmail');
    expect(controlPathOf('groups.0.level')).toBe('groups.0.level');
    expect(controlPathOf('windows.2.weekdays')).toBe('windows.2.weekdays');
    expect(controlPathOf('windows')).toBeNull();
    expect(controlPathOf('series')).toBeNull();
  });
});

describe('dates', () => {
  it('proposes a four-week window from four weeks ahead, Monday to Friday', () => {
    expect(defaultWindow('2026-11-28')).toEqual({
      from: '2026-12-26',
      to: '2027-01-22',
      weekdays: [1, 2, 3, 4, 5],
      earliest: '08:30',
      latest: '16:00',
    });
  });
});
