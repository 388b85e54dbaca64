'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { createInvitation } from '@/lib/invitations/create-invitation';
import { deliveryState } from '@/lib/invitations/invitation-link';
import { resendInvitation, revokeInvitation } from '@/lib/invitations/manage-invitation';
import { changeMemberRole } from '@/lib/members/change-member-role';
import { removeMember } from '@/lib/members/remove-member';
import { ChangeRoleSchema, InvitationIdSchema, InviteMemberSchema, RemoveMemberSchema } from '@/lib/members/schemas';

export const inviteMemberAction = formAction(InviteMemberSchema, async (input, actor) => {
  const invitation = await createInvitation(actor, input);
  revalidatePath('/', 'layout');
  return deliveryState(invitation.delivery, `Invitation created for ${invitation.email} as ${ROLE_LABEL[input.role]}`);
});

export const changeRoleAction = formAction(ChangeRoleSchema, async (input, actor) => {
  await changeMemberRole(actor, input.membershipId, input.role);
  revalidatePath('/', 'layout');
  return { status: 'success', message: `Role changed to ${ROLE_LABEL[input.role]}.` };
});

export const removeMemberAction = formAction(RemoveMemberSchema, async (input, actor) => {
  const removed = await removeMember(actor, input.membershipId);
  revalidatePath('/', 'layout');
  redirect(removed.trustId ? `/trusts/${removed.trustId}/people?removed=1` : `/schools/${removed.schoolId}/people?removed=1`);
});

export const revokeInvitationAction = formAction(InvitationIdSchema, async (input, actor) => {
  await revokeInvitation(actor, input.invitationId);
  revalidatePath('/', 'layout');
  return { status: 'success', message: 'Invitation withdrawn. The link no longer works.' };
});

export const resendInvitationAction = formAction(InvitationIdSchema, async (input, actor) => {
  const { email, delivery } = await resendInvitation(actor, input.invitationId);
  revalidatePath('/', 'layout');
  return deliveryState(delivery, `A new invitation has been sent to ${email}, and the previous link no longer works`);
});
