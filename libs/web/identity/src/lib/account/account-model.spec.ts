import type { SignInSessionDto } from '@halt/contracts';
import { deviceName, formatMoment, otherSessions, sortSessions } from './account-model';

const session = (id: string, lastUsedAt: string, current = false): SignInSessionDto => ({
  id,
  device: 'Firefox op Windows',
  signedInAt: '2026-12-01T08:00:00.000Z',
  lastUsedAt,
  current,
});

describe('the sessions on the account page', () => {
  it('lists this device first, then the others by last use', () => {
    const list = [
      session('a', '2026-12-01T09:00:00.000Z'),
      session('b', '2026-12-02T09:00:00.000Z'),
      session('c', '2026-11-30T09:00:00.000Z', true),
    ];
    expect(sortSessions(list).map((s) => s.id)).toEqual(['c', 'b', 'a']);
    expect(list.map((s) => s.id)).toEqual(['a', 'b', 'c']); // the list it was given stays as it was
  });

  it('ends only the other sessions with "everywhere else"', () => {
    const list = [session('a', '2026-12-01T09:00:00.000Z', true), session('b', '2026-12-01T10:00:00.000Z')];
    expect(otherSessions(list).map((s) => s.id)).toEqual(['b']);
  });

  it('names the device in the reader’s language', () => {
    expect(deviceName('Firefox op Windows', 'nl')).toBe('Firefox op Windows');
    expect(deviceName('Firefox op Windows', 'en')).toBe('Firefox on Windows');
    expect(deviceName('Onbekend apparaat', 'en')).toBe('Unknown device');
    expect(deviceName('Safari', 'en')).toBe('Safari');
  });

  it('shows moments in Dutch time, also in winter and summer', () => {
    expect(formatMoment('2026-12-02T13:05:00.000Z', 'nl-NL')).toMatch(/2 dec\.? 2026.*14:05/);
    expect(formatMoment('2026-07-01T13:05:00.000Z', 'nl-NL')).toMatch(/1 jul\.? 2026.*15:05/);
    expect(formatMoment('2026-12-02T13:05:00.000Z', 'en-GB')).toMatch(/2 Dec 2026.*14:05/);
  });
});
