import {
  assertReminderRules,
  DEFAULT_REMINDER_RULES,
  InvalidReminderError,
  REMINDER_KINDS,
  ReminderRule,
  reminderJobId,
  ruleSendTime,
  SESSION_REMINDER_KINDS,
  supersededJobIds,
} from './reminder-rules';

describe('DEFAULT_REMINDER_RULES', () => {
  it('has one enabled rule for every kind, in kind order', () => {
    expect(DEFAULT_REMINDER_RULES.map((r) => r.kind)).toEqual([...REMINDER_KINDS]);
    expect(DEFAULT_REMINDER_RULES.every((r) => r.enabled)).toBe(true);
    expect(() => assertReminderRules(DEFAULT_REMINDER_RULES)).not.toThrow();
  });

  it('seeds the audiences, offsets and send times', () => {
    const summary = Object.fromEntries(
      DEFAULT_REMINDER_RULES.map((r) => [
        r.kind,
        `${r.audience} ${r.offset.amount} ${r.offset.unit} ${r.offset.direction} ${ruleSendTime(r)}`,
      ]),
    );
    expect(summary).toEqual({
      school_before_14d: 'school 14 days before 08:00',
      school_before_2d: 'school 2 days before 08:00',
      staff_day_before: 'staff 1 working_days before 08:00',
      parent_meeting_invite_7d: 'school 7 days before 08:00',
      evaluation_day_after: 'school 1 days after 08:00',
      planner_unplanned_escalation: 'planner 10 school_days before 08:00',
      planner_staff_lost: 'planner 7 days before 08:00',
      planner_daily_digest: 'planner 0 working_days after 07:30',
    });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_REMINDER_RULES)).toBe(true);
    expect(Object.isFrozen(DEFAULT_REMINDER_RULES[0])).toBe(true);
    expect(Object.isFrozen(DEFAULT_REMINDER_RULES[0].offset)).toBe(true);
  });

  it('defaults the send time to 08:00', () => {
    const { sendTime: _, ...rule } = DEFAULT_REMINDER_RULES[0];
    expect(ruleSendTime(rule)).toBe('08:00');
  });
});

describe('assertReminderRules', () => {
  const base: ReminderRule = {
    kind: 'school_before_2d',
    audience: 'school',
    offset: { amount: 2, unit: 'days', direction: 'before' },
    enabled: true,
  };

  it('rejects two rules for one kind', () => {
    expect(() => assertReminderRules([base, { ...base, enabled: false }])).toThrow(InvalidReminderError);
    expect(() => assertReminderRules([base, base])).toThrow(/Meer dan één regel/);
  });

  it('rejects unknown kinds, negative or fractional offsets and bad send times', () => {
    expect(() => assertReminderRules([{ ...base, kind: 'sms_blast' as never }])).toThrow(/Onbekend soort/);
    expect(() => assertReminderRules([{ ...base, offset: { ...base.offset, amount: -1 } }])).toThrow(/geheel getal/);
    expect(() => assertReminderRules([{ ...base, offset: { ...base.offset, amount: 1.5 } }])).toThrow(/geheel getal/);
    expect(() => assertReminderRules([{ ...base, sendTime: '8:00' }])).toThrow(/Geen geldige tijd/);
  });
});

describe('reminderJobId', () => {
  it('is <subjectId>-<kind>-v<version>', () => {
    expect(reminderJobId('ses-42', 'school_before_14d', 3)).toBe('ses-42-school_before_14d-v3');
    expect(reminderJobId('3f1c2a9e-0000-4000-8000-000000000001', 'staff_day_before', 0)).toBe(
      '3f1c2a9e-0000-4000-8000-000000000001-staff_day_before-v0',
    );
  });

  it('never contains a colon', () => {
    for (const kind of REMINDER_KINDS) expect(reminderJobId('ses-1', kind, 7)).not.toContain(':');
    expect(() => reminderJobId('session:1', 'school_before_2d', 1)).toThrow(InvalidReminderError);
    expect(() => reminderJobId('session:1', 'school_before_2d', 1)).toThrow(/':'/);
  });

  it('rejects an empty id and a version that is not a whole number ≥ 0', () => {
    expect(() => reminderJobId('', 'school_before_2d', 1)).toThrow(InvalidReminderError);
    expect(() => reminderJobId('s', 'school_before_2d', -1)).toThrow(/Versie/);
    expect(() => reminderJobId('s', 'school_before_2d', 1.5)).toThrow(/Versie/);
    expect(() => reminderJobId('s', 'school_before_2d', Number.NaN)).toThrow(/Versie/);
  });
});

describe('supersededJobIds', () => {
  it('lists every session kind of the old version by default', () => {
    expect(supersededJobIds('ses-1', 4)).toEqual(SESSION_REMINDER_KINDS.map((k) => `ses-1-${k}-v4`));
    expect(supersededJobIds('ses-1', 4)).toEqual([
      'ses-1-school_before_14d-v4',
      'ses-1-school_before_2d-v4',
      'ses-1-staff_day_before-v4',
      'ses-1-parent_meeting_invite_7d-v4',
      'ses-1-evaluation_day_after-v4',
      'ses-1-planner_staff_lost-v4',
    ]);
  });

  it('lists the given kinds, in order', () => {
    expect(supersededJobIds('ses-1', 0, ['staff_day_before', 'school_before_2d'])).toEqual([
      'ses-1-staff_day_before-v0',
      'ses-1-school_before_2d-v0',
    ]);
    expect(supersededJobIds('ses-1', 0, [])).toEqual([]);
  });

  it('rejects a session id with a colon', () => {
    expect(() => supersededJobIds('a:b', 1)).toThrow(InvalidReminderError);
  });
});
