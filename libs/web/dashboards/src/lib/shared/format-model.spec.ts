import {
  bucketRange,
  csvFileName,
  formatDay,
  formatMonth,
  formatNumber,
  formatPeriod,
  formatScore,
  formatScoreCell,
} from './format-model';

describe('numbers and dates on the dashboards', () => {
  it('groups thousands the Dutch way', () => {
    expect(formatNumber(143212)).toBe('143.212');
    expect(formatNumber(200000)).toBe('200.000');
    expect(formatNumber(143212, 'en-GB')).toBe('143,212');
  });

  it('shows an average score with one decimal and a comma', () => {
    expect(formatScore(4.25)).toBe('4,3');
    expect(formatScore(4)).toBe('4,0');
    expect(formatScore(3.96)).toBe('4,0');
    expect(formatScore(4.25, 'en-GB')).toBe('4.3');
  });

  it('shows a dash where there is no score', () => {
    expect(formatScore(undefined)).toBe('–');
    expect(formatScore(null)).toBe('–');
  });

  it('shows a score with the number of answers behind it', () => {
    expect(formatScoreCell({ average: 4.16, answers: 1237 })).toBe('4,2 (1.237)');
    expect(formatScoreCell({ average: 0, answers: 0 })).toBe('–');
    expect(formatScoreCell(undefined)).toBe('–');
  });

  it('names months shortly, without shifting them to the month before', () => {
    expect(formatMonth('2027-01')).toBe('jan 2027');
    expect(formatMonth('2027-12-01')).toBe('dec 2027');
    expect(formatMonth('2027-03', 'en-GB')).toBe('Mar 2027');
    expect(formatMonth('onbekend')).toBe('onbekend');
  });

  it('shows plain dates and periods', () => {
    expect(formatDay('2027-02-03')).toBe('3 feb 2027');
    expect(formatPeriod({ from: '2027-01-01', to: '2027-12-31' })).toBe('1 jan 2027 – 31 dec 2027');
  });

  it('writes ageing buckets with a real dash', () => {
    expect(bucketRange('0-13')).toBe('0–13');
    expect(bucketRange('56+')).toBe('56+');
  });

  it('names CSV files after the dashboard, the table and the period', () => {
    const period = { from: '2027-01-01', to: '2027-12-31' };
    expect(csvFileName(['dashboard', 'maanden'], period)).toBe('halt-dashboard-maanden-2027-01-01-tot-2027-12-31.csv');
    expect(csvFileName(['Gemeente', "Regio's & scores"], period)).toBe(
      'halt-gemeente-regio-s-scores-2027-01-01-tot-2027-12-31.csv',
    );
    expect(csvFileName(['trendsignalen', 'Één'], period)).toBe('halt-trendsignalen-een-2027-01-01-tot-2027-12-31.csv');
  });
});
