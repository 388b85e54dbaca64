// No input gives a 500: generated strings (fast-check) in every dynamic segment of every route, the
// query strings pages read, and the cookies next-auth reads. Nothing is written by any of them.
import { expect, request, test } from '@playwright/test';
import fc from 'fast-check';
import { routesInApp } from './support/routes';
import { E2E_PORT } from './support/state';
import { addSchoolRecords, databaseFingerprint, makeWorld, sessionCookieValue, type World } from './support/world';

// Percent-encodes any string, lone surrogates included (encodeURIComponent throws on those).
function encodeSegment(value: string): string {
  return [...new TextEncoder().encode(value)]
    .map((byte) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

// Already-encoded nasties, sent as they are: malformed UTF-8, a lone surrogate, NUL, traversal,
// numbers beyond int4, a very long id.
const RAW = ['%FF', '%ED%A0%80', '%00', '%C0%AF', '..%2F..%2F', "'%20OR%201=1%20--", 'a'.repeat(3000), '2147483648', '-1', '1e309', '%E2%80%AE', '%25', '%'];

let world: World;
let records: Awaited<ReturnType<typeof addSchoolRecords>>;

test.beforeAll(async () => {
  world = await makeWorld('Fuzz');
  records = await addSchoolRecords(world);
});

async function client(signedIn: boolean) {
  return request.newContext({
    baseURL: `http://localhost:${E2E_PORT}`,
    maxRedirects: 0,
    extraHTTPHeaders: signedIn ? { cookie: `next-auth.session-token=${await sessionCookieValue(world.people.PLATFORM_ADMIN)}` } : {},
  });
}

test('no generated path segment gives a 5xx or writes anything', async () => {
  test.setTimeout(600_000);
  const real = new Set([world.schoolId, world.trustId, records.completedId, records.draftId, records.planItemId, '1', world.governorMembershipId]);
  const generated = fc
    .sample(fc.string({ unit: 'binary', maxLength: 40 }), { numRuns: 12, seed: 20261201 })
    .filter((v) => v !== '' && !real.has(v))
    .map(encodeSegment);
  const values = [...RAW, ...generated];
  const fill = (route: string, param: string, value: string) =>
    route.replace(/\[([^\]]+)\]/g, (_, name: string) =>
      name === param
        ? value
        : ((
            {
              schoolId: world.schoolId,
              trustId: world.trustId,
              assessmentId: records.completedId,
              standardSlug: 'broadband-internet',
              itemId: records.planItemId,
              number: '1',
              membershipId: world.governorMembershipId,
              token: 'x'.repeat(43),
            } as Record<string, string>
          )[name] ?? 'x'),
    );
  const dynamic = routesInApp().filter((route) => route.includes('[') && !route.includes('[...'));
  const before = await databaseFingerprint();
  const failures: string[] = [];
  for (const signedIn of [true, false]) {
    const http = await client(signedIn);
    for (const route of dynamic) {
      for (const param of [...route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!)) {
        for (const value of values) {
          const url = fill(route, param, value);
          const status = (await http.get(url)).status();
          if (status >= 500) failures.push(`${status} ${signedIn ? 'signed in' : 'signed out'} ${url.slice(0, 200)}`);
        }
      }
    }
    await http.dispose();
  }
  expect(failures).toEqual([]);
  expect(await databaseFingerprint()).toBe(before);
});

test('query strings and cookies that pages read never give a 5xx', async () => {
  test.setTimeout(300_000);
  const http = await client(true);
  const values = [...RAW, ...fc.sample(fc.string({ unit: 'binary', maxLength: 30 }), { numRuns: 15, seed: 7 }).map(encodeSegment)];
  const failures: string[] = [];
  for (const value of values) {
    for (const url of [
      `/schools/${world.schoolId}/audit?before=${value}`,
      `/trusts/${world.trustId}/audit?before=${value}`,
      `/schools/${world.schoolId}/audit?before=-100000-01-01T00:00:00Z_${value}`,
      `/trusts/${world.trustId}/comparison?sort=${value}&dir=${value}&filter=${value}`,
      `/trusts/${world.trustId}/comparison/matrix.csv?sort=${value}&filter=${value}`,
      `/schools/${world.schoolId}/plan/new?requirement=${value}`,
      `/sign-in?callbackUrl=${value}&error=${value}`,
    ]) {
      const status = (await http.get(url)).status();
      if (status >= 500) failures.push(`${status} ${url.slice(0, 200)}`);
    }
  }
  await http.dispose();
  // next-auth reads its callback-url cookie on every /api/auth request; a forged one must not break it.
  const anonymous = await request.newContext({ baseURL: `http://localhost:${E2E_PORT}`, maxRedirects: 0 });
  for (const value of ['%', '%E0%A4%A', 'not a url', 'http://', '//evil.example', '\\\\evil', 'javascript:alert(1)']) {
    for (const url of ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers']) {
      const response = await anonymous.get(url, { headers: { cookie: `next-auth.callback-url=${value}` } });
      if (response.status() >= 500) failures.push(`${response.status()} ${url} with callback-url cookie ${value}`);
    }
  }
  await anonymous.dispose();
  expect(failures).toEqual([]);
});
