import {
  defaultPeriod,
  matchingPreset,
  periodFromParams,
  periodParams,
  presetPeriod,
  validatePeriod,
} from './period-model';

describe('the period filter of the dashboards', () => {
  it('opens on this calendar year', () => {
    expect(defaultPeriod('2027-05-14')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });

  it('offers last calendar year', () => {
    expect(presetPeriod('lastCalendarYear', '2027-01-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('takes the school year from 1 August to 31 July, starting in August', () => {
    expect(presetPeriod('thisSchoolYear', '2027-07-31')).toEqual({ from: '2026-08-01', to: '2027-07-31' });
    expect(presetPeriod('thisSchoolYear', '2027-08-01')).toEqual({ from: '2027-08-01', to: '2028-07-31' });
    expect(presetPeriod('thisSchoolYear', '2027-12-31')).toEqual({ from: '2027-08-01', to: '2028-07-31' });
  });

  it('recognises the quick choice a period came from', () => {
    expect(matchingPreset({ from: '2026-08-01', to: '2027-07-31' }, '2027-03-01')).toBe('thisSchoolYear');
    expect(matchingPreset({ from: '2026-01-01', to: '2026-12-31' }, '2027-03-01')).toBe('lastCalendarYear');
    expect(matchingPreset({ from: '2027-01-01', to: '2027-03-31' }, '2027-03-01')).toBeNull();
  });

  it('takes the period from a shared link', () => {
    expect(periodFromParams('2027-02-01', '2027-02-28', '2027-05-14')).toEqual({
      from: '2027-02-01',
      to: '2027-02-28',
    });
    expect(periodParams({ from: '2027-02-01', to: '2027-02-28' })).toEqual({ van: '2027-02-01', tot: '2027-02-28' });
  });

  it('falls back to this calendar year for a missing, wrong or reversed period in the link', () => {
    const year = { from: '2027-01-01', to: '2027-12-31' };
    expect(periodFromParams(null, null, '2027-05-14')).toEqual(year);
    expect(periodFromParams('2027-02-30', '2027-03-01', '2027-05-14')).toEqual(year);
    expect(periodFromParams('2027-03-01', '2027-02-01', '2027-05-14')).toEqual(year);
    expect(periodFromParams('gisteren', '2027-03-01', '2027-05-14')).toEqual(year);
  });

  it('asks for both dates and an end that is not before the start', () => {
    expect(validatePeriod('2027-01-01', '2027-01-01')).toEqual({});
    expect(validatePeriod('', '')).toEqual({ from: 'required', to: 'required' });
    expect(validatePeriod('2027-02-01', '2027-01-31')).toEqual({ to: 'order' });
    expect(validatePeriod('2027-02-31', '2027-01-31')).toEqual({ from: 'invalid' });
    expect(validatePeriod('2027-01-01', '27-01-01')).toEqual({ to: 'invalid' });
  });
});
