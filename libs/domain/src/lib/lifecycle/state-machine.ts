/** Allowed transitions as a table: for each state, the events it accepts and the state each leads to. */
export type TransitionTable<S extends string, E extends string> = Record<S, Partial<Record<E, S>>>;

/** One allowed transition. */
export interface TransitionDefinition<S extends string, E extends string> {
  from: S;
  event: E;
  to: S;
}

/** Dutch texts used in error messages (and usable by UIs for status chips and buttons). */
export interface StateMachineTexts<S extends string, E extends string> {
  /** The thing in its state, with article: `de aanvraag`. */
  subject: string;
  /** Per state, what follows the subject: `is geannuleerd`, `wacht op goedkeuring`. */
  states: Record<S, string>;
  /** Per event, the action as a verb: `annuleren`, `wijziging aanvragen`. */
  events: Record<E, string>;
}

/** Options of {@link defineStateMachine}. */
export interface StateMachineOptions<S extends string, E extends string> {
  /** Name for logs and errors, e.g. `booking-request`. */
  name?: string;
  /** Dutch texts for messages; without them the codes are shown. */
  texts?: StateMachineTexts<S, E>;
  /** Events that must be given a reason (see {@link MissingTransitionReasonError}). */
  reasonRequired?: readonly E[];
}

/** Who performs a transition, when, and why. */
export interface TransitionMeta {
  at: Date;
  /** Actor: a user id, or a system actor such as `system:auto-planner`. */
  by: string;
  reason?: string;
}

/** The stored history entry of one transition. */
export interface TransitionRecord<S extends string = string, E extends string = string> {
  from: S;
  to: S;
  event: E;
  at: Date;
  by: string;
  reason?: string;
}

/** Result of applying an event: the new state and the history entry to store. */
export interface TransitionResult<S extends string, E extends string> {
  state: S;
  record: TransitionRecord<S, E>;
}

/** A state machine built by {@link defineStateMachine}. */
export interface StateMachine<S extends string, E extends string> {
  readonly name: string;
  /** All states, in definition order. */
  readonly states: readonly S[];
  /** All events that occur in some transition, in definition order. */
  readonly events: readonly E[];
  /** All allowed transitions, in definition order. */
  readonly transitions: readonly TransitionDefinition<S, E>[];
  /** The Dutch texts, when given. */
  readonly texts?: StateMachineTexts<S, E>;
  /** True when `event` is allowed in `state`. */
  can(state: S, event: E): boolean;
  /** The state `event` leads to from `state`; throws {@link IllegalTransitionError} when not allowed. */
  next(state: S, event: E): S;
  /** Events allowed in `state`, in definition order (empty for final or unknown states). */
  allowedEvents(state: S): E[];
  /** True for a known state without outgoing transitions. */
  isFinal(state: S): boolean;
  /** Type guard for a state string from outside (database, HTTP). */
  isState(value: unknown): value is S;
  /** Type guard for an event string from outside (HTTP). */
  isEvent(value: unknown): value is E;
  /**
   * Applies `event` to `entity` without changing it: returns the new state and the
   * {@link TransitionRecord} to store. Throws {@link IllegalTransitionError} or
   * {@link MissingTransitionReasonError}.
   */
  apply(entity: { readonly state: S }, event: E, meta: TransitionMeta): TransitionResult<S, E>;
}

/**
 * An event that is not allowed in the current state (maps to HTTP 409). `allowed` lists the
 * events that are; `message` is Dutch, e.g.
 * `Deze actie kan niet: de aanvraag is geannuleerd. Er is geen actie meer mogelijk.`
 */
export class IllegalTransitionError<S extends string = string, E extends string = string> extends Error {
  constructor(
    readonly machine: string,
    readonly from: S,
    readonly event: E,
    readonly allowed: E[],
    message: string,
  ) {
    super(message);
    this.name = 'IllegalTransitionError';
  }
}

/** A transition that needs a reason (e.g. rejecting a request) was applied without one (maps to HTTP 400). */
export class MissingTransitionReasonError<E extends string = string> extends Error {
  constructor(
    readonly machine: string,
    readonly event: E,
    label: string,
  ) {
    super(`Geef een reden op bij ${label}.`);
    this.name = 'MissingTransitionReasonError';
  }
}

/** A table or list that contradicts itself (programming error, thrown at definition time). */
export class InvalidStateMachineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidStateMachineError';
  }
}

/**
 * Builds a state machine from a table of allowed transitions (Vendure style: one table, one
 * function applying it). Accepts either `{ draft: { submit: 'submitted' }, submitted: {…}, … }`
 * (every state a key, final states with `{}`) or a list of `{ from, event, to }`.
 */
export function defineStateMachine<S extends string, E extends string>(
  transitions: TransitionTable<S, E> | readonly TransitionDefinition<S, E>[],
  options: StateMachineOptions<S, E> = {},
): StateMachine<S, E> {
  const name = options.name ?? 'state-machine';
  const states: S[] = [];
  const events: E[] = [];
  const list: TransitionDefinition<S, E>[] = [];
  const table = new Map<S, Map<E, S>>();
  const addState = (s: S) => {
    if (!table.has(s)) {
      table.set(s, new Map());
      states.push(s);
    }
  };
  const addTransition = (t: TransitionDefinition<S, E>) => {
    addState(t.from);
    addState(t.to);
    const out = table.get(t.from) as Map<E, S>;
    if (out.has(t.event)) {
      throw new InvalidStateMachineError(`${name}: '${t.event}' from '${t.from}' is defined twice`);
    }
    out.set(t.event, t.to);
    if (!events.includes(t.event)) events.push(t.event);
    list.push({ from: t.from, event: t.event, to: t.to });
  };

  if (Array.isArray(transitions)) {
    (transitions as readonly TransitionDefinition<S, E>[]).forEach(addTransition);
  } else {
    const record = transitions as TransitionTable<S, E>;
    const keys = Object.keys(record) as S[];
    keys.forEach(addState);
    for (const from of keys) {
      for (const [event, to] of Object.entries(record[from]) as [E, S | undefined][]) {
        if (to === undefined) continue;
        if (!keys.includes(to)) {
          throw new InvalidStateMachineError(`${name}: '${from}' --${event}--> '${to}': unknown state '${to}'`);
        }
        addTransition({ from, event, to });
      }
    }
  }

  const texts = options.texts;
  const reasonRequired = new Set<E>(options.reasonRequired ?? []);
  const allowedEvents = (state: S): E[] => [...(table.get(state)?.keys() ?? [])];
  const eventLabel = (e: E): string => texts?.events[e] ?? e;

  const illegal = (from: S, event: E): IllegalTransitionError<S, E> => {
    const allowed = allowedEvents(from);
    const where = texts?.states[from] !== undefined ? `${texts.subject} ${texts.states[from]}` : `status '${from}'`;
    const choices =
      allowed.length > 0 ? `Mogelijk: ${allowed.map(eventLabel).join(', ')}.` : 'Er is geen actie meer mogelijk.';
    return new IllegalTransitionError(name, from, event, allowed, `Deze actie kan niet: ${where}. ${choices}`);
  };

  const machine: StateMachine<S, E> = {
    name,
    states,
    events,
    transitions: list,
    texts,
    can: (state, event) => table.get(state)?.has(event) ?? false,
    next: (state, event) => {
      const to = table.get(state)?.get(event);
      if (to === undefined) throw illegal(state, event);
      return to;
    },
    allowedEvents,
    isFinal: (state) => table.has(state) && (table.get(state) as Map<E, S>).size === 0,
    isState: (value): value is S => typeof value === 'string' && table.has(value as S),
    isEvent: (value): value is E => typeof value === 'string' && events.includes(value as E),
    apply: (entity, event, meta) => {
      const to = machine.next(entity.state, event);
      if (!(meta.at instanceof Date) || Number.isNaN(meta.at.getTime())) {
        throw new RangeError('Transition time must be a valid Date');
      }
      if (typeof meta.by !== 'string' || meta.by.trim() === '')
        throw new RangeError('Transition actor (by) is required');
      const reason = meta.reason?.trim() || undefined;
      if (reasonRequired.has(event) && reason === undefined) {
        throw new MissingTransitionReasonError(name, event, eventLabel(event));
      }
      const record: TransitionRecord<S, E> = { from: entity.state, to, event, at: meta.at, by: meta.by };
      if (reason !== undefined) record.reason = reason;
      return { state: to, record };
    },
  };
  return machine;
}

/**
 * Applies `event` to `entity` with `machine` (pure): returns `{ state, record }` and leaves
 * `entity` unchanged. Same as `machine.apply(entity, event, meta)`.
 */
export function applyTransition<S extends string, E extends string>(
  machine: StateMachine<S, E>,
  entity: { readonly state: S },
  event: E,
  meta: TransitionMeta,
): TransitionResult<S, E> {
  return machine.apply(entity, event, meta);
}
