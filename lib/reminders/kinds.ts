// The kinds of mail a person can turn off, per school or trust, on their account page or with the
// one-click unsubscribe link in the message. Invitations, password resets and security notices are
// essential and have no kind: they always go.
export const REMINDER_KINDS = ['actions', 'cycle', 'strategy', 'evidence', 'trust-digest'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_KIND_LABEL: Record<ReminderKind, { title: string; description: string; forTrusts: boolean }> = {
  actions: { title: 'Your actions', description: 'Once a week at most: actions you own that are overdue or due in the next 14 days.', forTrusts: false },
  cycle: {
    title: 'Self-assessment reminders',
    description: 'When the yearly self-assessment is due, and when a draft has had no new answers for 30 days.',
    forTrusts: false,
  },
  strategy: {
    title: 'Strategy review',
    description: 'When the published strategy is due for review within 30 days, and when its review date has passed.',
    forTrusts: false,
  },
  evidence: {
    title: 'Evidence expiring',
    description: 'Evidence you added (or, if nobody added it, the school’s evidence) that stops counting in the next 30 days: once per item.',
    forTrusts: false,
  },
  'trust-digest': {
    title: 'Trust weekly digest',
    description: 'Cycles completed, schools that fell back, overdue actions and strategies past review: only in weeks when something happened.',
    forTrusts: true,
  },
};

// Opt-outs apply to one school or trust, or to every one ("*").
export const EVERY_ORGANISATION = '*';

export function isReminderKind(value: unknown): value is ReminderKind {
  return typeof value === 'string' && (REMINDER_KINDS as readonly string[]).includes(value);
}
