import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/security/csp';

describe('content security policy', () => {
  it('allows only scripts carrying the request nonce and forbids framing', () => {
    const policy = contentSecurityPolicy('abc', false);
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it('upgrades insecure requests only on https deployments', () => {
    expect(contentSecurityPolicy('n', false, true)).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy('n', false, false)).not.toContain('upgrade-insecure-requests');
  });
});
