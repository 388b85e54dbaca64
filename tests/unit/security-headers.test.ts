import { afterEach, describe, expect, it, vi } from 'vitest';

async function headersFor(nextauthUrl: string | undefined) {
  vi.resetModules();
  if (nextauthUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = nextauthUrl;
  // @ts-expect-error next.config.js is plain JavaScript (checked with @ts-check, not compiled)
  const config = (await import('../../next.config.js')).default as { headers: () => Promise<Array<{ headers: Array<{ key: string; value: string }> }>> };
  const rules = await config.headers();
  return Object.fromEntries(rules[0]!.headers.map((h) => [h.key, h.value]));
}

const original = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = original;
});

describe('security headers', () => {
  it('send HSTS when the site is served over https (F19)', async () => {
    expect((await headersFor('https://waypoint.example.org'))['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
  });

  it('do not send HSTS over plain http, where browsers ignore it and local development would break', async () => {
    expect((await headersFor('http://localhost:3000'))['Strict-Transport-Security']).toBeUndefined();
  });

  it('always forbid framing and sniffing', async () => {
    const headers = await headersFor('http://localhost:3000');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
