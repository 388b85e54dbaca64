import 'server-only';
import { createElement } from 'react';
import { formatDate, parseIsoDate } from '@/lib/dates/format';
import { env } from '@/lib/env';
import { renderMail } from '@/lib/mail/render-mail';
import type { OutgoingMail } from '@/lib/mail/send-mail';
import { ReminderMail, type ReminderMailProps } from '@/lib/mail/templates/reminder-mails';
import { EVERY_ORGANISATION } from './kinds';
import { unsubscribeHeaders, unsubscribeLinks, unsubscribeToken } from './unsubscribe-token';

// A reminder as data: what the daily run decided to send. The mail job renders it (in whichever
// worker takes it), so the queue holds a few hundred bytes per message rather than the HTML.
export type ActionLine = { id: string; title: string; schoolId: string; schoolName: string; dueDay: string };
export type SchoolLine = { schoolId: string; schoolName: string };

export type ReminderMessage =
  | { kind: 'actions'; to: string; name: string | null; overdue: ActionLine[]; dueSoon: ActionLine[] }
  | {
      kind: 'cycle';
      to: string;
      name: string | null;
      schoolId: string;
      schoolName: string;
      reason: 'first' | 'year' | 'month' | 'stalled';
      lastCompletedDay: string | null;
      stalled: { assessmentId: string; cycleLabel: string; days: number } | null;
    }
  | { kind: 'strategy'; to: string; name: string | null; schoolId: string; schoolName: string; state: 'soon' | 'past'; reviewDay: string }
  | { kind: 'evidence'; to: string; name: string | null; schoolId: string; schoolName: string; items: Array<{ id: string; title: string; validUntil: string }> }
  | {
      kind: 'trust-digest';
      to: string;
      name: string | null;
      trustId: string;
      trustName: string;
      completed: Array<SchoolLine & { cycleLabel: string; overall: number | null; previousOverall: number | null }>;
      fellBack: Array<SchoolLine & { cycleLabel: string; overall: number | null; previousOverall: number | null }>;
      overdue: Array<SchoolLine & { count: number }>;
      pastReview: Array<SchoolLine & { reviewDay: string }>;
    };

const day = (iso: string) => formatDate(parseIsoDate(iso));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const link = (path: string) => new URL(path, env().NEXTAUTH_URL).toString();

/** Which school or trust the message is about, for its subject and its unsubscribe link. */
export function messageScope(message: ReminderMessage): string {
  switch (message.kind) {
    case 'actions': {
      const schools = new Set([...message.overdue, ...message.dueSoon].map((a) => a.schoolId));
      return schools.size === 1 ? [...schools][0]! : EVERY_ORGANISATION;
    }
    case 'trust-digest':
      return message.trustId;
    default:
      return message.schoolId;
  }
}

// Leaders, and the digital lead and governor a school names, get the school's own reminders.
const LEADS_WHY = 'You get this because you lead this school in Waypoint, or it named you its digital lead or governor with digital oversight.';

function content(message: ReminderMessage): { subject: string; props: Omit<ReminderMailProps, 'unsubscribe' | 'preferences'> } {
  const hello = message.name ? `${message.name}, ` : '';
  switch (message.kind) {
    case 'actions': {
      const all = [...message.overdue, ...message.dueSoon];
      const schools = [...new Set(all.map((a) => a.schoolName))];
      const line = (a: ActionLine) => ({
        text: `${a.title} (${schools.length > 1 ? `${a.schoolName}, ` : ''}due ${day(a.dueDay)})`,
        href: link(`/schools/${a.schoolId}/plan/${a.id}`),
      });
      const counts = [message.overdue.length ? `${message.overdue.length} overdue` : '', message.dueSoon.length ? `${message.dueSoon.length} due soon` : '']
        .filter(Boolean)
        .join(', ');
      const where = schools.length === 1 ? schools[0]! : `${schools.length} schools`;
      return {
        subject: `${where}: your actions (${counts})`,
        props: {
          preview: `${plural(all.length, 'action')} of yours need attention`,
          heading: 'Your actions this week',
          intro: `${hello}these actions in ${where} are yours. Mark them done, or change the date, so the plan stays true.`,
          sections: [
            { title: 'Overdue', lines: message.overdue.map(line) },
            { title: 'Due in the next 2 weeks', lines: message.dueSoon.map(line) },
          ],
          why: 'You get this because you are named as the owner of these actions. It comes once a week at most.',
        },
      };
    }
    case 'cycle': {
      const school = message.schoolName;
      if (message.reason === 'stalled' && message.stalled) {
        return {
          subject: `${school}: the ${message.stalled.cycleLabel} self-assessment has had no answers for ${message.stalled.days} days`,
          props: {
            preview: 'Pick the self-assessment up where you left it',
            heading: 'Your self-assessment is waiting',
            intro: `${hello}nobody has answered a question in ${school}’s ${message.stalled.cycleLabel} self-assessment for ${message.stalled.days} days. Its answers reach governors, the strategy and the trust only once the cycle is completed.`,
            sections: [],
            next: { text: 'Carry on with the self-assessment', href: link(`/schools/${message.schoolId}/assessments/${message.stalled.assessmentId}`) },
            why: LEADS_WHY,
          },
        };
      }
      const since = message.lastCompletedDay ? `The last one was completed on ${day(message.lastCompletedDay)}.` : 'The school has not completed one yet.';
      const why =
        message.reason === 'month'
          ? 'This is the month the school chose for its yearly self-assessment.'
          : message.reason === 'year'
            ? 'The school has not completed a self-assessment in the last 12 months.'
            : 'Every school starts the loop with a self-assessment: assess, prioritise, act, review.';
      return {
        subject: `${school}: the yearly self-assessment is due`,
        props: {
          preview: 'Time to start this year’s self-assessment',
          heading: 'Your self-assessment is due',
          intro: `${hello}${why} ${since} Starting a new cycle carries the last answers over, so you only review what changed.`,
          sections: [],
          next: { text: 'Start the self-assessment', href: link(`/schools/${message.schoolId}/assessments`) },
          why: 'You get this because you lead this school in Waypoint. It comes once a month at most while a cycle is due.',
        },
      };
    }
    case 'strategy': {
      const when = day(message.reviewDay);
      return {
        subject:
          message.state === 'past'
            ? `${message.schoolName}: the digital strategy was due for review on ${when}`
            : `${message.schoolName}: the digital strategy is due for review on ${when}`,
        props: {
          preview: 'Review the digital strategy',
          heading: message.state === 'past' ? 'The strategy is past its review date' : 'The strategy is due for review',
          intro: `${hello}the published digital strategy of ${message.schoolName} ${message.state === 'past' ? 'was' : 'is'} due for review on ${when}. Review it with the latest completed self-assessment and publish a new version for governors.`,
          sections: [],
          next: { text: 'Open the strategy', href: link(`/schools/${message.schoolId}/strategy`) },
          why: LEADS_WHY,
        },
      };
    }
    case 'evidence': {
      const first = message.items[0]!;
      return {
        subject:
          message.items.length === 1
            ? `${message.schoolName}: “${first.title}” stops counting as evidence on ${day(first.validUntil)}`
            : `${message.schoolName}: ${message.items.length} evidence items stop counting in the next 30 days`,
        props: {
          preview: 'Evidence is about to expire',
          heading: 'Evidence about to expire',
          intro: `${hello}after its valid-until date, evidence no longer backs the answers it is linked to, and they are flagged for review. Add this year’s record (a new test, certificate or review) before then; the old one can stay.`,
          sections: [
            {
              title: 'Expiring',
              lines: message.items.map((item) => ({
                text: `${item.title} (valid until ${day(item.validUntil)})`,
                href: link(`/schools/${message.schoolId}/evidence/${item.id}`),
              })),
            },
          ],
          next: { text: 'Open the evidence', href: link(`/schools/${message.schoolId}/evidence?state=expiring`) },
          why: 'You get this because you added this evidence, or lead this school in Waypoint. Each item is mentioned once.',
        },
      };
    }
    case 'trust-digest': {
      const score = (n: number | null) => (n === null ? 'no score' : `${n}%`);
      return {
        subject: `${message.trustName}: this week in Waypoint`,
        props: {
          preview: `${plural(message.completed.length, 'cycle')} completed this week`,
          heading: `This week across ${message.trustName}`,
          intro: `${hello}here is what changed in your schools’ digital standards work in the last 7 days.`,
          sections: [
            {
              title: 'Self-assessments completed',
              lines: message.completed.map((c) => ({ text: `${c.schoolName}: ${c.cycleLabel}, ${score(c.overall)}`, href: link(`/schools/${c.schoolId}`) })),
            },
            {
              title: 'Schools that fell back',
              lines: message.fellBack.map((c) => ({
                text: `${c.schoolName}: ${score(c.previousOverall)} to ${score(c.overall)}`,
                href: link(`/schools/${c.schoolId}`),
              })),
            },
            {
              title: 'Overdue actions',
              lines: message.overdue.map((o) => ({ text: `${o.schoolName}: ${plural(o.count, 'action')} overdue`, href: link(`/schools/${o.schoolId}/plan`) })),
            },
            {
              title: 'Strategies past their review date',
              lines: message.pastReview.map((p) => ({ text: `${p.schoolName}: due ${day(p.reviewDay)}`, href: link(`/schools/${p.schoolId}/strategy`) })),
            },
          ],
          next: { text: 'Compare your schools', href: link(`/trusts/${message.trustId}/comparison`) },
          why: 'You get this because you are a trust administrator or viewer. It comes only in weeks when something happened.',
        },
      };
    }
  }
}

export async function renderReminder(message: ReminderMessage): Promise<OutgoingMail> {
  const token = unsubscribeToken({ email: message.to, kind: message.kind, scope: messageScope(message) });
  const { subject, props } = content(message);
  const { html, text } = await renderMail(
    createElement(ReminderMail, { ...props, unsubscribe: unsubscribeLinks(token).page, preferences: link('/account#mail') }),
  );
  return { to: message.to, subject, html, text, kind: `reminder-${message.kind}`, headers: unsubscribeHeaders(token) };
}
