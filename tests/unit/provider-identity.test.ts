import { describe, expect, it } from 'vitest';
import { allowedAzureTenants, decideProviderSignIn, identityFromClaims, type ProviderIdentity } from '@/lib/auth/provider-identity';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '99999999-2222-3333-4444-555555555555';
const policy = { googleHostedDomain: 'riverside.sch.uk', azureTenantIds: [TENANT] };
const entra = (overrides: Record<string, unknown> = {}) => ({
  tid: TENANT,
  oid: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
  email: 'head@riverside.sch.uk',
  ...overrides,
});
const google = (overrides: Record<string, unknown> = {}) => ({
  sub: '1048',
  email: 'Head@Riverside.sch.uk',
  email_verified: true,
  hd: 'riverside.sch.uk',
  ...overrides,
});

describe('reading a provider identity from its token', () => {
  it('takes Google’s subject and verified email, within the hosted domain', () => {
    expect(identityFromClaims('google', google(), policy)).toEqual({
      ok: true,
      identity: { provider: 'google', subject: '1048', email: 'head@riverside.sch.uk', emailVerified: true },
    });
  });

  it('refuses Google accounts with an unverified email or from another domain (checked in the token, not the request)', () => {
    expect(identityFromClaims('google', google({ email_verified: false }), policy)).toEqual({ ok: false, reason: 'unverified-email' });
    expect(identityFromClaims('google', google({ email_verified: 'true' }), policy)).toEqual({ ok: false, reason: 'unverified-email' });
    expect(identityFromClaims('google', google({ hd: undefined }), policy)).toEqual({ ok: false, reason: 'wrong-domain' });
    expect(identityFromClaims('google', google({ hd: 'evil.example' }), policy)).toEqual({ ok: false, reason: 'wrong-domain' });
    expect(identityFromClaims('google', google({ sub: '' }), policy)).toEqual({ ok: false, reason: 'no-subject' });
  });

  it('keys Entra identities on tenant and object id, and refuses other tenants', () => {
    const read = identityFromClaims('azure-ad', entra(), policy);
    expect(read).toMatchObject({ ok: true, identity: { subject: `${TENANT}:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee` } });
    expect(identityFromClaims('azure-ad', entra({ tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }), policy)).toEqual({
      ok: false,
      reason: 'wrong-tenant',
    });
    // A token whose issuer names another tenant than its tid is not trusted either.
    expect(identityFromClaims('azure-ad', entra({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }), policy)).toEqual({
      ok: false,
      reason: 'wrong-tenant',
    });
    expect(identityFromClaims('azure-ad', entra({ oid: undefined }), policy)).toEqual({ ok: false, reason: 'no-subject' });
  });

  it('does not count Entra’s email as verified unless the tenant owns its domain (xms_edov)', () => {
    expect(identityFromClaims('azure-ad', entra(), policy)).toMatchObject({ ok: true, identity: { emailVerified: false } });
    expect(identityFromClaims('azure-ad', entra({ xms_edov: true }), policy)).toMatchObject({ ok: true, identity: { emailVerified: true } });
  });

  it('admits multi-tenant Entra only for listed tenants', () => {
    expect(allowedAzureTenants('organizations', undefined)).toEqual([]);
    expect(allowedAzureTenants('common', `${TENANT}, not-a-guid`)).toEqual([TENANT]);
    expect(allowedAzureTenants(TENANT.toUpperCase(), undefined)).toEqual([TENANT]);
  });
});

describe('what a provider sign-in may do', () => {
  const identity: ProviderIdentity = { provider: 'google', subject: '1048', email: 'head@riverside.sch.uk', emailVerified: true };

  it('signs in only through an existing link, never by a matching email', () => {
    expect(decideProviderSignIn({ identity, linkedUserId: 'u1', intent: null })).toEqual({ outcome: 'sign-in', userId: 'u1' });
    expect(decideProviderSignIn({ identity, linkedUserId: null, intent: null })).toEqual({ outcome: 'refuse', reason: 'not-linked' });
  });

  it('links to the signed-in account that asked, unless the identity belongs to someone else', () => {
    expect(decideProviderSignIn({ identity, linkedUserId: null, intent: { kind: 'account', userId: 'u1' } })).toEqual({ outcome: 'link', userId: 'u1' });
    expect(decideProviderSignIn({ identity, linkedUserId: 'u2', intent: { kind: 'account', userId: 'u1' } })).toEqual({
      outcome: 'refuse',
      reason: 'linked-to-someone-else',
    });
  });

  it('links while accepting an invitation only when the provider vouches for the invited address', () => {
    const intent = { kind: 'invitation' as const, invitationEmail: 'head@riverside.sch.uk' };
    expect(decideProviderSignIn({ identity, linkedUserId: null, intent, userIdForInvitationEmail: null })).toEqual({ outcome: 'link', userId: null });
    expect(decideProviderSignIn({ identity, linkedUserId: null, intent, userIdForInvitationEmail: 'u1' })).toEqual({ outcome: 'link', userId: 'u1' });
    expect(decideProviderSignIn({ identity: { ...identity, emailVerified: false }, linkedUserId: null, intent })).toEqual({
      outcome: 'refuse',
      reason: 'unverified-email',
    });
    expect(decideProviderSignIn({ identity: { ...identity, email: 'ceo@elsewhere.org' }, linkedUserId: null, intent })).toEqual({
      outcome: 'refuse',
      reason: 'email-mismatch',
    });
    expect(decideProviderSignIn({ identity, linkedUserId: 'u2', intent, userIdForInvitationEmail: 'u1' })).toEqual({
      outcome: 'refuse',
      reason: 'linked-to-someone-else',
    });
  });
});
