import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';
import { emailField, idField, personNameField } from '@/lib/validation/primitives';

export const roleField = z.enum(ROLES, { error: 'Select a role' });

// "trust:<id>" or "school:<id>": one select chooses both where and what kind of tenant.
export const tenantRefField = z
  .string({ error: 'Choose where to invite them' })
  .regex(/^(trust|school):[a-z0-9]+$/i, 'Choose where to invite them')
  .transform((value) => {
    const [kind, id] = value.split(':') as ['trust' | 'school', string];
    return { kind, id };
  });

export const InviteMemberSchema = z.object({
  email: emailField,
  name: personNameField.optional().or(z.literal('').transform(() => undefined)),
  tenant: tenantRefField,
  role: roleField,
});
export type InviteMemberInput = z.input<typeof InviteMemberSchema>;

export const ChangeRoleSchema = z.object({ membershipId: idField, role: roleField });
export const RemoveMemberSchema = z.object({ membershipId: idField });
export const InvitationIdSchema = z.object({ invitationId: idField });
