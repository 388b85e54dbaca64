'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { grantAdviser, revokeAdviserGrant } from '@/lib/advisers/manage-grants';
import { GrantAdviserSchema, RevokeGrantSchema } from '@/lib/advisers/schemas';

// One pair of actions for schools and trusts: the tenant field says which, and the data layer
// checks the right to grant there.
const advisersPath = (tenant: { kind: 'trust' | 'school'; id: string }) => `/${tenant.kind === 'trust' ? 'trusts' : 'schools'}/${tenant.id}/advisers`;

export const grantAdviserAction = formAction(GrantAdviserSchema, async (input, actor) => {
  const grant = await grantAdviser(actor, input);
  revalidatePath(advisersPath(input.tenant));
  redirect(`${advisersPath(input.tenant)}?granted=${grant.id}`);
});

export const revokeAdviserAction = formAction(RevokeGrantSchema, async ({ tenant, grantId }, actor) => {
  await revokeAdviserGrant(actor, tenant, grantId);
  revalidatePath(advisersPath(tenant));
  redirect(`${advisersPath(tenant)}?revoked=${grantId}`);
});
