import { deviceLabel } from './device-label';
import { delayMs, FREE_ACCOUNT_FAILURES, FREE_IP_FAILURES } from './login-delays';

describe('sign-in delays', () => {
  it('lets the first failures through at once, then doubles from 1 s up to the maximum', () => {
    const schedule = Array.from({ length: 10 }, (_, f) => delayMs(f, FREE_ACCOUNT_FAILURES, 10_000));
    expect(schedule).toEqual([0, 0, 0, 0, 0, 1000, 2000, 4000, 8000, 10_000]);
    expect(delayMs(1_000_000, FREE_ACCOUNT_FAILURES, 10_000)).toBe(10_000);
    expect(delayMs(FREE_IP_FAILURES - 1, FREE_IP_FAILURES, 10_000)).toBe(0);
    expect(delayMs(50, FREE_ACCOUNT_FAILURES, 0)).toBe(0);
  });
});

describe('device labels', () => {
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0',
      'Edge op Windows',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
      'Safari op macOS',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
      'Chrome op Android',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox op Linux'],
    ['curl/8.5.0', 'Onbekend apparaat'],
    [undefined, 'Onbekend apparaat'],
  ])('%s → %s', (ua, label) => expect(deviceLabel(ua)).toBe(label));
});
