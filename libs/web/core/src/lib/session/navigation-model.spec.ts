import { navFor } from './navigation';

describe('navFor', () => {
  const paths = (user: Parameters<typeof navFor>[0]) => navFor(user).map((i) => i.path);

  it('gives a school’s or gemeente’s main contact its users page, and nobody else of those roles', () => {
    expect(paths({ role: 'school', mainContact: true })).toContain('/school/gebruikers');
    expect(paths({ role: 'gemeente', mainContact: true })).toContain('/gemeente/gebruikers');
    expect(paths({ role: 'school', mainContact: false })).not.toContain('/school/gebruikers');
    expect(paths({ role: 'planner', mainContact: true }).some((p) => p.endsWith('/gebruikers'))).toBe(false);
  });

  it('gives every admin the users page', () => {
    expect(paths({ role: 'admin', mainContact: false })).toContain('/beheer/gebruikers');
  });
});
