import { requestEventsForSessions } from './request-follows-sessions';

describe('requestEventsForSessions', () => {
  it('approves a submitted request with its first planned session and plans it once none is open', () => {
    expect(requestEventsForSessions('submitted', ['planned', 'open'])).toEqual(['approve']);
    expect(requestEventsForSessions('submitted', ['planned', 'planned'])).toEqual(['approve', 'plan']);
    expect(requestEventsForSessions('approved', ['planned', 'confirmed', 'cancelled'])).toEqual(['plan']);
    expect(requestEventsForSessions('change_requested', ['planned'])).toEqual(['plan']);
  });

  it('does nothing while sessions are still open, or for a request that waits for its gemeente', () => {
    expect(requestEventsForSessions('approved', ['planned', 'open'])).toEqual([]);
    expect(requestEventsForSessions('submitted', ['open', 'open'])).toEqual([]);
    expect(requestEventsForSessions('awaiting_approval', ['open'])).toEqual([]);
    expect(requestEventsForSessions('planned', ['planned', 'planned'])).toEqual([]);
  });

  it('unplans a planned request and asks a confirmed one for a change when a session is open again', () => {
    expect(requestEventsForSessions('planned', ['planned', 'open'])).toEqual(['unplan']);
    expect(requestEventsForSessions('confirmed', ['confirmed', 'open'])).toEqual(['request_change']);
  });

  it('delivers a request once every session is done and one took place, confirming it on the way', () => {
    expect(requestEventsForSessions('planned', ['delivered', 'no_show', 'cancelled'])).toEqual(['confirm', 'deliver']);
    expect(requestEventsForSessions('confirmed', ['delivered'])).toEqual(['deliver']);
    expect(requestEventsForSessions('planned', ['delivered', 'planned'])).toEqual([]);
  });

  it('leaves a request whose sessions are all cancelled, and final states, alone', () => {
    expect(requestEventsForSessions('approved', ['cancelled', 'cancelled'])).toEqual([]);
    expect(requestEventsForSessions('cancelled', ['cancelled'])).toEqual([]);
    expect(requestEventsForSessions('delivered', ['delivered'])).toEqual([]);
  });
});
