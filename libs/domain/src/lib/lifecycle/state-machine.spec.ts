import {
  applyTransition,
  defineStateMachine,
  IllegalTransitionError,
  InvalidStateMachineError,
  MissingTransitionReasonError,
} from './state-machine';

type Light = 'off' | 'on' | 'broken';
type Switch = 'flip_on' | 'flip_off' | 'smash';

const texts = {
  subject: 'de lamp',
  states: { off: 'is uit', on: 'is aan', broken: 'is kapot' },
  events: { flip_on: 'aanzetten', flip_off: 'uitzetten', smash: 'kapotslaan' },
};

const fromTable = defineStateMachine<Light, Switch>(
  { off: { flip_on: 'on', smash: 'broken' }, on: { flip_off: 'off', smash: 'broken' }, broken: {} },
  { name: 'lamp', texts, reasonRequired: ['smash'] },
);
const fromList = defineStateMachine<Light, Switch>([
  { from: 'off', event: 'flip_on', to: 'on' },
  { from: 'on', event: 'flip_off', to: 'off' },
  { from: 'on', event: 'smash', to: 'broken' },
]);
const at = new Date('2026-10-25T00:30:00Z');

describe('defineStateMachine', () => {
  it('builds from a table and from a list', () => {
    expect(fromTable.states).toEqual(['off', 'on', 'broken']);
    expect(fromTable.events).toEqual(['flip_on', 'smash', 'flip_off']);
    expect(fromList.states).toEqual(['off', 'on', 'broken']);
    expect(fromList.transitions).toHaveLength(3);
  });

  it('answers can, next, allowedEvents and isFinal', () => {
    expect(fromTable.can('off', 'flip_on')).toBe(true);
    expect(fromTable.can('off', 'flip_off')).toBe(false);
    expect(fromTable.next('on', 'flip_off')).toBe('off');
    expect(fromTable.allowedEvents('on')).toEqual(['flip_off', 'smash']);
    expect(fromTable.isFinal('broken')).toBe(true);
    expect(fromTable.isFinal('on')).toBe(false);
    expect(fromList.isFinal('broken')).toBe(true);
  });

  it('throws IllegalTransitionError with the allowed events and a Dutch message', () => {
    expect.assertions(5);
    try {
      fromTable.next('off', 'flip_off');
    } catch (e) {
      expect(e).toBeInstanceOf(IllegalTransitionError);
      const err = e as IllegalTransitionError<Light, Switch>;
      expect(err.from).toBe('off');
      expect(err.event).toBe('flip_off');
      expect(err.allowed).toEqual(['flip_on', 'smash']);
      expect(err.message).toBe('Deze actie kan niet: de lamp is uit. Mogelijk: aanzetten, kapotslaan.');
    }
  });

  it('says when nothing is possible any more, and falls back to codes without texts', () => {
    expect(() => fromTable.next('broken', 'flip_on')).toThrow(
      'Deze actie kan niet: de lamp is kapot. Er is geen actie meer mogelijk.',
    );
    expect(() => fromList.next('off', 'smash')).toThrow("Deze actie kan niet: status 'off'. Mogelijk: flip_on.");
  });

  it('treats unknown states from outside as having no events', () => {
    const ghost = 'ghost' as Light;
    expect(fromTable.can(ghost, 'flip_on')).toBe(false);
    expect(fromTable.allowedEvents(ghost)).toEqual([]);
    expect(fromTable.isFinal(ghost)).toBe(false);
    expect(fromTable.isState('ghost')).toBe(false);
    expect(fromTable.isState('on')).toBe(true);
    expect(fromTable.isEvent('smash')).toBe(true);
    expect(fromTable.isEvent('toString')).toBe(false);
    expect(() => fromTable.next(ghost, 'flip_on')).toThrow(IllegalTransitionError);
  });

  it('rejects contradictory definitions', () => {
    expect(() =>
      defineStateMachine<Light, Switch>([
        { from: 'off', event: 'flip_on', to: 'on' },
        { from: 'off', event: 'flip_on', to: 'broken' },
      ]),
    ).toThrow(InvalidStateMachineError);
    expect(() =>
      defineStateMachine<Light, Switch>({ off: { flip_on: 'on' }, on: { smash: 'gone' as Light } } as never),
    ).toThrow(InvalidStateMachineError);
  });
});

describe('applyTransition', () => {
  it('returns the new state and a record, leaving the entity alone', () => {
    const lamp = Object.freeze({ state: 'off' as Light, id: 7 });
    const result = applyTransition(fromTable, lamp, 'flip_on', { at, by: 'user-1' });
    expect(result).toEqual({ state: 'on', record: { from: 'off', to: 'on', event: 'flip_on', at, by: 'user-1' } });
    expect(lamp.state).toBe('off');
  });

  it('keeps a trimmed reason and demands one where required', () => {
    const r = fromTable.apply({ state: 'on' }, 'smash', { at, by: 'planner-2', reason: '  te fel  ' });
    expect(r.record.reason).toBe('te fel');
    expect(() => fromTable.apply({ state: 'on' }, 'smash', { at, by: 'planner-2', reason: ' ' })).toThrow(
      MissingTransitionReasonError,
    );
    expect(() => fromTable.apply({ state: 'on' }, 'smash', { at, by: 'planner-2' })).toThrow(
      'Geef een reden op bij kapotslaan.',
    );
  });

  it('needs an actor and a valid time', () => {
    expect(() => fromTable.apply({ state: 'off' }, 'flip_on', { at, by: '' })).toThrow(RangeError);
    expect(() => fromTable.apply({ state: 'off' }, 'flip_on', { at: new Date('x'), by: 'u' })).toThrow(RangeError);
  });

  it('checks legality before anything else', () => {
    expect(() => fromTable.apply({ state: 'broken' }, 'smash', { at, by: '' })).toThrow(IllegalTransitionError);
  });
});
