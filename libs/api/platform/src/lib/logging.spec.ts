import { loggedUrl } from './logging';

describe('loggedUrl', () => {
  it('leaves the secret of a one-time password link out of the log', () => {
    expect(loggedUrl('/wachtwoord-instellen?token=84HF_9klXxb3CZrAj7Rx')).toBe(
      '/wachtwoord-instellen?token=[redacted]',
    );
    expect(loggedUrl('/x?a=1&token=abc&b=2')).toBe('/x?a=1&token=[redacted]&b=2');
    expect(loggedUrl('/api/users?page=2')).toBe('/api/users?page=2');
  });
});
