import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AcceptInvitationSchema, ChangePasswordSchema } from '@/lib/account/schemas';
import { SignInSchema } from '@/lib/auth/schemas';
import { InviteMemberSchema } from '@/lib/members/schemas';
import { SchoolDetailsSchema } from '@/lib/schools/schemas';
import { CreateTrustSchema } from '@/lib/trusts/schemas';
import { parseEnv } from '@/lib/env';

const fieldErrors = (result: { success: boolean; error?: z.ZodError }) =>
  result.success ? {} : (z.flattenError(result.error!).fieldErrors as Record<string, string[]>);

const school = { name: 'Riverside Primary', urn: '148201', phase: 'PRIMARY', type: 'ACADEMY_CONVERTER', localAuthority: 'Leeds' };

describe('school details', () => {
  it('accepts a complete school and trims text', () => {
    const parsed = SchoolDetailsSchema.parse({ ...school, name: '  Riverside Primary  ' });
    expect(parsed.name).toBe('Riverside Primary');
  });

  it.each([
    ['12345', 'URN must be 6 digits'],
    ['1234567', 'URN must be 6 digits'],
    ['14820A', 'URN must be 6 digits'],
    ['', 'Enter the URN'],
  ])('rejects URN %j with a clear message', (urn, message) => {
    expect(fieldErrors(SchoolDetailsSchema.safeParse({ ...school, urn })).urn?.[0]).toContain(message);
  });

  it('names every missing field', () => {
    const errors = fieldErrors(SchoolDetailsSchema.safeParse({}));
    expect(Object.keys(errors).sort()).toEqual(['localAuthority', 'name', 'phase', 'type', 'urn']);
    expect(errors.phase?.[0]).toBe('Select the school’s phase');
  });

  it('rejects unknown phases and types', () => {
    const errors = fieldErrors(SchoolDetailsSchema.safeParse({ ...school, phase: 'UNIVERSITY', type: 'CASTLE' }));
    expect(errors.phase).toBeDefined();
    expect(errors.type).toBeDefined();
  });
});

describe('invitations', () => {
  it('normalises the email and reads the tenant reference', () => {
    const parsed = InviteMemberSchema.parse({ email: ' Head@School.ORG.uk ', name: '', tenant: 'school:abc123', role: 'GOVERNOR' });
    expect(parsed.email).toBe('head@school.org.uk');
    expect(parsed.name).toBeUndefined();
    expect(parsed.tenant).toEqual({ kind: 'school', id: 'abc123' });
  });

  it('refuses bad emails, unknown roles and forged tenants', () => {
    const errors = fieldErrors(InviteMemberSchema.safeParse({ email: 'not-an-email', tenant: 'planet:1', role: 'OWNER' }));
    expect(errors.email?.[0]).toContain('correct format');
    expect(errors.tenant?.[0]).toBe('Choose where to invite them');
    expect(errors.role?.[0]).toBe('Select a role');
  });
});

describe('passwords', () => {
  it('requires 12 characters and a matching confirmation when accepting an invitation', () => {
    const errors = fieldErrors(AcceptInvitationSchema.safeParse({ token: 't', name: 'Sam', password: 'short', confirmPassword: 'other' }));
    expect(errors.password?.[0]).toContain('at least 12 characters');
    const mismatch = fieldErrors(
      AcceptInvitationSchema.safeParse({ token: 't', name: 'Sam', password: 'long enough pass', confirmPassword: 'long enough pasS' }),
    );
    expect(mismatch.confirmPassword?.[0]).toBe('The passwords do not match');
  });

  it('refuses reusing the current password', () => {
    const errors = fieldErrors(
      ChangePasswordSchema.safeParse({ currentPassword: 'same password 1', newPassword: 'same password 1', confirmPassword: 'same password 1' }),
    );
    expect(errors.newPassword?.[0]).toContain('different');
  });

  it('asks for both sign-in fields', () => {
    const errors = fieldErrors(SignInSchema.safeParse({ email: '', password: '' }));
    expect(errors.email).toBeDefined();
    expect(errors.password).toBeDefined();
  });
});

describe('trusts', () => {
  it('accepts an empty company number and rejects a malformed one', () => {
    const base = { name: 'Northern Lights Learning Trust', adminEmail: 'a@b.org', adminName: 'Alex' };
    expect(CreateTrustSchema.parse({ ...base, companyNumber: '' }).companyNumber).toBeUndefined();
    expect(fieldErrors(CreateTrustSchema.safeParse({ ...base, companyNumber: '123' })).companyNumber?.[0]).toContain('8 digits');
  });
});

describe('environment', () => {
  const base = { DATABASE_URL: 'postgresql://localhost/waypoint' };

  it('refuses to run in production without a secret', () => {
    expect(() => parseEnv({ ...base, NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET/);
    const mail = { SMTP_URL: 'smtp://relay.example.org:587', MAIL_FROM: 'Waypoint <no-reply@example.org>' };
    expect(parseEnv({ ...base, ...mail, NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(32) }).NODE_ENV).toBe('production');
  });

  it('refuses to run in production without a mail server, except for the embedded demo', () => {
    const production = { ...base, NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(32) };
    expect(() => parseEnv(production)).toThrow(/SMTP_URL is required/);
    expect(() => parseEnv({ ...production, SMTP_URL: 'smtp://relay.example.org:587' })).toThrow(/MAIL_FROM is required/);
    expect(() => parseEnv({ ...production, SMTP_URL: 'http://relay.example.org', MAIL_FROM: 'x' })).toThrow(/smtp:\/\/ or smtps:\/\//);
    expect(parseEnv({ ...production, WAYPOINT_DEMO: '1' }).SMTP_URL).toBeUndefined();
  });

  it('requires a database URL', () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL/);
  });

  it('switches on an identity provider only when its settings are complete', () => {
    expect(() => parseEnv({ ...base, AZURE_AD_CLIENT_ID: 'id' })).toThrow(/AZURE_AD_CLIENT_SECRET/);
    expect(() => parseEnv({ ...base, GOOGLE_CLIENT_ID: 'id' })).toThrow(/GOOGLE_CLIENT_SECRET/);
    const env = parseEnv({ ...base, GOOGLE_CLIENT_ID: 'id', GOOGLE_CLIENT_SECRET: 'secret', AZURE_AD_CLIENT_ID: '' });
    expect(env.GOOGLE_CLIENT_ID).toBe('id');
    expect(env.AZURE_AD_CLIENT_ID).toBeUndefined();
  });
});

describe('action plan items', () => {
  const base = { schoolId: 'abc123', title: 'Buy a second broadband line' };

  it('reads pounds into pence and keeps dates as dates', async () => {
    const { CreatePlanItemSchema } = await import('@/lib/plan/schemas');
    const parsed = CreatePlanItemSchema.parse({
      ...base,
      estimatedCost: '£1,250.50',
      dueDate: '2027-03-31',
      requirementCodes: 'broadband-internet.backup.line',
    });
    expect(parsed.estimatedCostPence).toBe(125050);
    expect(parsed.dueDate?.toISOString()).toBe('2027-03-31T00:00:00.000Z');
    expect(parsed.requirementCodes).toEqual(['broadband-internet.backup.line']);
    expect(parsed.status).toBe('PLANNED');
  });

  it('refuses impossible dates, odd costs and blank titles with clear messages', async () => {
    const { CreatePlanItemSchema } = await import('@/lib/plan/schemas');
    const errors = fieldErrors(CreatePlanItemSchema.safeParse({ ...base, title: ' ', estimatedCost: 'about a grand', dueDate: '2027-02-30' }));
    expect(errors.title?.[0]).toBe('Say what will be done');
    expect(errors.estimatedCost?.[0]).toMatch(/in pounds/);
    expect(errors.dueDate?.[0]).toMatch(/real date/);
  });
});

describe('assessment answers', () => {
  it('reads a standard’s form and insists on a reason for "not applicable"', async () => {
    const { parseAnswerEntries } = await import('@/lib/assessment/schemas');
    const { entries, fieldErrors: errors } = parseAnswerEntries({
      'version:a.b.c': '2',
      'answer:a.b.c': 'MET',
      'links:a.b.c': 'https://example.org/policy\n\n https://example.org/log ',
      'version:a.b.d': '0',
      'answer:a.b.d': 'NOT_APPLICABLE',
      'reason:a.b.d': '',
      'version:a.b.e': '0',
      'answer:a.b.e': 'SOMETIMES',
      'version:a.b.f': '0',
      'links:a.b.f': 'javascript:alert(1)',
    });
    expect(entries).toEqual([
      { code: 'a.b.c', value: 'MET', reason: '', note: '', links: ['https://example.org/policy', 'https://example.org/log'], version: 2 },
    ]);
    expect(errors['reason:a.b.d']?.[0]).toBe('Say why this does not apply to your school');
    expect(errors['answer:a.b.e']?.[0]).toBe('Choose one of the answers');
    expect(errors['links:a.b.f']?.[0]).toMatch(/https:\/\//);
  });
});
