import { EmptyState } from '@/components/ui/page-header';
import { formatDateTime } from '@/lib/dates/format';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { describeChange } from '@/lib/audit/describe-change';

type AuditRow = {
  id: string;
  event: string;
  actorEmail: string | null;
  actor: { name: string; email: string } | null;
  school: { name: string } | null;
  targetType: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
};

// Older entries keep the names they were written with ('action.created' before plan items).
const EVENT_LABEL: Record<string, string> = {
  'trust.created': 'Trust created',
  'school.created': 'School added',
  'school.updated': 'School details changed',
  'school.archived': 'School archived',
  'school.restored': 'School restored',
  'invitation.created': 'Invitation sent',
  'invitation.resent': 'Invitation re-sent',
  'invitation.revoked': 'Invitation withdrawn',
  'invitation.accepted': 'Invitation accepted',
  'member.role_changed': 'Role changed',
  'member.removed': 'Member removed',
  'user.profile_updated': 'Profile updated',
  'user.password_changed': 'Password changed',
  'user.password_reset': 'Password reset from an emailed link',
  'auth.password_reset_requested': 'Password reset link requested',
  'assessment.started': 'Self-assessment started',
  'assessment.answers_saved': 'Answers saved',
  'assessment.completed': 'Self-assessment completed',
  'plan_item.created': 'Action added to the plan',
  'plan_item.updated': 'Action changed',
  'action.created': 'Action added to the plan',
  'action.updated': 'Action changed',
  'strategy.saved': 'Strategy draft saved',
  'strategy.published': 'Strategy published',
  'auth.signed_in': 'Signed in',
  'auth.signed_out': 'Signed out',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.sign_in_refused': 'Sign-in refused (paused)',
  'auth.password_check_failed': 'Wrong current password',
  'auth.provider_linked': 'Microsoft or Google account linked',
  'auth.provider_unlinked': 'Microsoft or Google account unlinked',
  'auth.provider_refused': 'Microsoft or Google sign-in refused',
  'access.denied': 'Refused: someone outside this organisation tried to open it',
  'adviser.granted': 'Adviser given access',
  'adviser.revoked': 'Adviser’s access revoked',
  'adviser.viewed': 'Adviser opened a page or file',
  'school.digital_roles_set': 'Digital lead or governor named',
  'ai_tool.created': 'AI tool added to the register',
  'ai_tool.updated': 'AI tool changed',
  'ai_tool.deleted': 'AI tool deleted from the register',
};

export function AuditTable({ events, caption, empty }: { events: AuditRow[]; caption: string; empty?: React.ReactNode }) {
  if (events.length === 0)
    return empty ?? <EmptyState title="Nothing has been recorded yet">Changes to schools, people and invitations appear here.</EmptyState>;
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              When
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Who
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              What
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Details
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {events.map((event) => (
            <tr key={event.id}>
              <td className="whitespace-nowrap px-4 py-3 text-slate-700">
                <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
              </td>
              <td className="px-4 py-3 text-slate-900">{event.actor?.name ?? event.actorEmail ?? 'Waypoint'}</td>
              <td className="px-4 py-3">
                <span className="font-semibold text-slate-900">{EVENT_LABEL[event.event] ?? event.event}</span>
                {event.school ? <span className="block text-slate-600">{event.school.name}</span> : null}
              </td>
              <td className="max-w-md break-words px-4 py-3 text-slate-700">
                <Details lines={describeChange(event.before, event.after)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Long lists (a whole standard's answers) stay one line until opened.
function Details({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <>—</>;
  if (lines.length <= 3)
    return (
      <>
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </>
    );
  return (
    <details>
      <summary className="cursor-pointer">
        {lines[0]} and {lines.length - 1} more
      </summary>
      {lines.slice(1).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </details>
  );
}
