// Which Microsoft or Google identity a sign-in is, read from the provider's ID-token claims.
// Pure, so the rules are tested without a provider: see docs/decisions/003-identity-provider-linking.md.

export type ProviderPolicy = {
  // Google Workspace domain whose accounts may sign in; unset means any verified Google account.
  googleHostedDomain?: string;
  // Entra tenants whose accounts may sign in (their tenant ids, `tid`).
  azureTenantIds: string[];
};

export type ProviderIdentity = {
  provider: 'google' | 'azure-ad';
  // Stable and never reassigned: Google's `sub`; Entra's tenant and object ids together.
  subject: string;
  email: string | null;
  // Whether the provider vouches that the person owns `email`.
  emailVerified: boolean;
};

export type IdentityRefusal = 'unknown-provider' | 'no-subject' | 'unverified-email' | 'wrong-domain' | 'wrong-tenant';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The tenants a configured AZURE_AD_TENANT_ID admits: a tenant id admits itself; "common" or
// "organizations" admit only the ids listed in AZURE_AD_ALLOWED_TENANT_IDS (none by default).
export function allowedAzureTenants(tenantId: string | undefined, allowList: string | undefined): string[] {
  const listed = (allowList ?? '')
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => GUID.test(id));
  if (tenantId && GUID.test(tenantId)) return [tenantId.toLowerCase(), ...listed];
  return listed;
}

export function identityFromClaims(
  provider: string,
  claims: Record<string, unknown> | null | undefined,
  policy: ProviderPolicy,
): { ok: true; identity: ProviderIdentity } | { ok: false; reason: IdentityRefusal } {
  const c = claims ?? {};
  const email = text(c.email)?.toLowerCase() ?? null;
  if (provider === 'google') {
    const sub = text(c.sub);
    if (!sub) return { ok: false, reason: 'no-subject' };
    // Google signs email_verified into the ID token; a string "true" is not what Google sends.
    if (!email || c.email_verified !== true) return { ok: false, reason: 'unverified-email' };
    if (policy.googleHostedDomain && text(c.hd)?.toLowerCase() !== policy.googleHostedDomain.toLowerCase()) {
      return { ok: false, reason: 'wrong-domain' };
    }
    return { ok: true, identity: { provider: 'google', subject: sub, email, emailVerified: true } };
  }
  if (provider === 'azure-ad') {
    const tid = text(c.tid)?.toLowerCase();
    const oid = text(c.oid)?.toLowerCase();
    if (!tid || !oid) return { ok: false, reason: 'no-subject' };
    // The token must come from an admitted tenant, and say so in its issuer as well as in tid.
    if (!policy.azureTenantIds.includes(tid) || text(c.iss)?.toLowerCase() !== `https://login.microsoftonline.com/${tid}/v2.0`) {
      return { ok: false, reason: 'wrong-tenant' };
    }
    // Entra's `email` is optional and editable by any tenant admin; it counts only when the
    // xms_edov claim says the tenant owns the email's domain.
    return { ok: true, identity: { provider: 'azure-ad', subject: `${tid}:${oid}`, email, emailVerified: Boolean(email) && c.xms_edov === true } };
  }
  return { ok: false, reason: 'unknown-provider' };
}

// What a sign-in with this identity may do, given what the database holds and why the person came.
export type LinkIntent = { kind: 'account'; userId: string } | { kind: 'invitation'; invitationEmail: string };

export type LinkDecision =
  | { outcome: 'sign-in'; userId: string }
  | { outcome: 'link'; userId: string | null }
  | { outcome: 'refuse'; reason: 'not-linked' | 'linked-to-someone-else' | 'email-mismatch' | 'unverified-email' };

export function decideProviderSignIn(input: {
  identity: ProviderIdentity;
  linkedUserId: string | null;
  intent: LinkIntent | null;
  userIdForInvitationEmail?: string | null;
}): LinkDecision {
  const { identity, linkedUserId, intent } = input;
  if (!intent) return linkedUserId ? { outcome: 'sign-in', userId: linkedUserId } : { outcome: 'refuse', reason: 'not-linked' };
  if (intent.kind === 'account') {
    if (linkedUserId && linkedUserId !== intent.userId) return { outcome: 'refuse', reason: 'linked-to-someone-else' };
    return linkedUserId ? { outcome: 'sign-in', userId: linkedUserId } : { outcome: 'link', userId: intent.userId };
  }
  // Accepting an invitation: the provider must vouch for the very address the invitation went to.
  if (!identity.emailVerified || !identity.email) return { outcome: 'refuse', reason: 'unverified-email' };
  if (identity.email !== intent.invitationEmail.toLowerCase()) return { outcome: 'refuse', reason: 'email-mismatch' };
  const owner = input.userIdForInvitationEmail ?? null;
  if (linkedUserId)
    return linkedUserId === owner || owner === null ? { outcome: 'sign-in', userId: linkedUserId } : { outcome: 'refuse', reason: 'linked-to-someone-else' };
  return { outcome: 'link', userId: owner };
}
