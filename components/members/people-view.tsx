import Link from 'next/link';
import { InviteForm } from '@/components/forms/invite-form';
import { Badge, Card, EmptyState } from '@/components/ui/page-header';
import { ROLE_LABEL, type Role } from '@/lib/auth/roles';
import { formatDate } from '@/lib/dates/format';
import type { MemberList } from '@/lib/members/list-members';
import { InvitationActions } from './invitation-actions';
import { MemberRoleForm } from './member-role-form';
import type { FormAction } from '@/lib/actions/form-state';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';

type Option = { value: string; label: string };

export function PeopleView({
  tenantName,
  list,
  roles,
  inviteTargets,
  canManage,
  actions,
}: {
  tenantName: string;
  list: MemberList;
  roles: Role[];
  inviteTargets: Option[];
  canManage: boolean;
  actions: { invite: FormAction; changeRole: FormAction; resend: FormAction; revoke: FormAction };
}) {
  const roleOptions = roles.map((role) => ({ value: role, label: ROLE_LABEL[role] }));
  const inviteRoleOptions = inviteTargets.length > 1 ? (Object.keys(ROLE_LABEL) as Role[]).map((r) => ({ value: r, label: ROLE_LABEL[r] })) : roleOptions;
  return (
    <div className="space-y-10">
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="mb-3 text-xl font-bold text-slate-900">
          Members of {tenantName}
        </h2>
        {list.memberships.length === 0 ? (
          <EmptyState title="Nobody has joined yet">{canManage ? 'Invite people below.' : null}</EmptyState>
        ) : (
          <div className={TABLE_SCROLL}>
            <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
              <caption className="sr-only">Members of {tenantName}</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Name
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Role
                  </th>
                  <th scope="col" className="hidden px-4 py-3 font-semibold md:table-cell">
                    Last signed in
                  </th>
                  {canManage ? (
                    <th scope="col" className="px-4 py-3 font-semibold">
                      <span className="sr-only">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {list.memberships.map((m) => (
                  <tr key={m.id} className="align-top">
                    <th scope="row" className="px-4 py-3 font-normal">
                      <span className="block font-semibold text-slate-900">{m.user.name}</span>
                      <span className="text-slate-600">{m.user.email}</span>
                    </th>
                    <td className="px-4 py-3">
                      {canManage ? (
                        <MemberRoleForm action={actions.changeRole} membershipId={m.id} memberName={m.user.name} role={m.role} roles={roleOptions} />
                      ) : (
                        <Badge tone="brand">{ROLE_LABEL[m.role]}</Badge>
                      )}
                    </td>
                    <td className="hidden px-4 py-3 text-slate-700 md:table-cell">{m.user.lastSignInAt ? formatDate(m.user.lastSignInAt) : 'Never'}</td>
                    {canManage ? (
                      <td className="px-4 py-3 text-right">
                        <Link href={`/people/${m.id}/remove`} className="font-semibold text-red-700 hover:text-red-900">
                          Remove<span className="sr-only"> {m.user.name}</span>
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {canManage ? (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="mb-3 text-xl font-bold text-slate-900">
            Open invitations
          </h2>
          {list.invitations.length === 0 ? (
            <p className="text-slate-700">There are no open invitations.</p>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
              {list.invitations.map((invitation) => (
                <li key={invitation.id} className="flex flex-wrap items-start justify-between gap-4 p-4">
                  <div>
                    <p className="font-semibold text-slate-900">
                      {invitation.name ? `${invitation.name} · ` : ''}
                      {invitation.email}
                    </p>
                    <p className="text-sm text-slate-700">
                      {ROLE_LABEL[invitation.role]}
                      {invitation.schoolName ? ` at ${invitation.schoolName}` : ''} ·{' '}
                      {invitation.state === 'expired' ? (
                        <Badge tone="amber">Expired</Badge>
                      ) : (
                        <>Waiting for them to accept, until {formatDate(invitation.expiresAt)}</>
                      )}
                    </p>
                  </div>
                  <InvitationActions invitationId={invitation.id} email={invitation.email} resend={actions.resend} revoke={actions.revoke} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {canManage ? (
        <Card title="Invite someone">
          <InviteForm action={actions.invite} targets={inviteTargets} roles={inviteRoleOptions} />
        </Card>
      ) : null}
    </div>
  );
}
