import type { AuthUser } from '@halt/api/security';
import { allowedActions } from './package-order-actions';

const as = (role: AuthUser['role']) => ({ role }) as AuthUser;

describe('allowedActions', () => {
  it("gives the gemeente its draft's events, amend and edit", () => {
    expect(allowedActions(as('gemeente'), 'draft')).toEqual(['order', 'cancel', 'amend', 'edit']);
  });

  it('gives Halt the events of an order it received, never edit', () => {
    expect(allowedActions(as('admin'), 'ordered')).toEqual(['accept', 'return', 'cancel', 'amend']);
    expect(allowedActions(as('admin'), 'draft')).toEqual(['cancel', 'amend']);
  });

  it('never offers activate, which follows acceptance by itself', () => {
    expect(allowedActions(as('admin'), 'accepted')).toEqual(['cancel', 'amend']);
    expect(allowedActions(as('admin'), 'active')).toEqual(['close', 'amend']);
  });

  it('offers nothing on a final order, not even amend', () => {
    for (const role of ['gemeente', 'admin'] as const) {
      expect(allowedActions(as(role), 'closed')).toEqual([]);
      expect(allowedActions(as(role), 'cancelled')).toEqual([]);
    }
  });
});
