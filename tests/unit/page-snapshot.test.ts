import { afterEach, describe, expect, it } from 'vitest';
import {
  findSnapshot,
  forgetSnapshots,
  isDocumentRequest,
  keepSnapshot,
  makeSnapshot,
  nonceOfPolicy,
  snapshotBody,
  snapshotStats,
  UNFINISHED_ATTRIBUTE,
} from '@/lib/http/page-snapshot';

afterEach(() => forgetSnapshots());

const POLICY = (nonce: string) => `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; style-src 'self' 'nonce-${nonce}'`;

function page(body: string, init: { status?: number; headers?: Record<string, string> } = {}) {
  const headers = new Headers({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': POLICY('abc123=='), ...init.headers });
  return { response: { status: init.status ?? 200, headers }, body };
}

describe('a kept copy of a rendered page', () => {
  it('goes out with the nonce of the response it is sent in, everywhere the render had its own', () => {
    const { response, body } = page('<script nonce="abc123==">a()</script><p>Riverside</p><script nonce="abc123==">b()</script>');
    const snapshot = makeSnapshot(response, body)!;
    const sent = snapshotBody(snapshot, 'fresh987==');
    expect(sent).toBe('<script nonce="fresh987==">a()</script><p>Riverside</p><script nonce="fresh987==">b()</script>');
    expect(sent).not.toContain('abc123==');
    // The same copy again, with another nonce: nothing of the first sending stays in it.
    expect(snapshotBody(snapshot, 'other555==')).toBe(sent.replaceAll('fresh987==', 'other555=='));
  });

  it('keeps the page’s headers but never its policy, cookies or transfer details', () => {
    const { response, body } = page('<p>x</p>', {
      headers: { 'cache-control': 'private, no-store', vary: 'rsc', 'x-frame-options': 'DENY', 'content-length': '8', date: 'Mon, 07 Dec 2026 10:00:00 GMT' },
    });
    const names = makeSnapshot(response, body)!.headers.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['cache-control', 'vary', 'x-frame-options', 'content-type']));
    expect(names).not.toContain('content-security-policy');
    expect(names).not.toContain('content-length');
    expect(names).not.toContain('date');
  });

  it('is only made of a complete 200 HTML page with a nonce and no cookie', () => {
    expect(makeSnapshot(page('<p>gone</p>', { status: 404 }).response, '')).toBeNull();
    expect(makeSnapshot(page('', { status: 307 }).response, '')).toBeNull();
    expect(makeSnapshot(page('a,b', { headers: { 'content-type': 'text/csv' } }).response, 'a,b')).toBeNull();
    expect(makeSnapshot(page('<p>x</p>', { headers: { 'set-cookie': 'a=b' } }).response, '<p>x</p>')).toBeNull();
    expect(makeSnapshot(page('<p>x</p>', { headers: { 'content-security-policy': "default-src 'self'" } }).response, '<p>x</p>')).toBeNull();
  });

  it('is never made of a page that could not finish its render (its stand-in would be sent for ever)', () => {
    const body = `<p role="status" ${UNFINISHED_ATTRIBUTE}="">Loading the comparison table…</p>`;
    expect(makeSnapshot(page(body).response, body)).toBeNull();
  });

  it('reads the nonce from a policy', () => {
    expect(nonceOfPolicy(POLICY('Zm9v+/=='))).toBe('Zm9v+/==');
    expect(nonceOfPolicy("default-src 'self'")).toBeNull();
    expect(nonceOfPolicy(null)).toBeNull();
  });
});

describe('the store of copies', () => {
  const copy = (text: string) => makeSnapshot(page(text).response, text)!;

  it('finds a copy only under the exact key it was kept under', () => {
    keepSnapshot('person-a\ntrust-1\nstamp-1', copy('<p>a</p>'), { owner: 'person-a' });
    expect(findSnapshot('person-a\ntrust-1\nstamp-1')).toBeDefined();
    expect(findSnapshot('person-b\ntrust-1\nstamp-1')).toBeUndefined();
    expect(findSnapshot('person-a\ntrust-1\nstamp-2')).toBeUndefined();
  });

  it('stays within its memory budget by dropping the least recently used copies', () => {
    const each = copy('x'.repeat(1000)).bytes;
    const budget = each * 3;
    keepSnapshot('a', copy('x'.repeat(1000)), { owner: 'a', budget });
    keepSnapshot('b', copy('x'.repeat(1000)), { owner: 'b', budget });
    keepSnapshot('c', copy('x'.repeat(1000)), { owner: 'c', budget });
    findSnapshot('a'); // now the most recently used
    keepSnapshot('d', copy('x'.repeat(1000)), { owner: 'd', budget });
    expect(findSnapshot('b')).toBeUndefined();
    expect(findSnapshot('a')).toBeDefined();
    expect(findSnapshot('c')).toBeDefined();
    expect(findSnapshot('d')).toBeDefined();
    expect(snapshotStats()).toEqual({ entries: 3, bytes: budget });
    // A copy larger than the whole budget is not kept at all; keeping a key again replaces it.
    keepSnapshot('huge', copy('x'.repeat(4000)), { owner: 'e', budget });
    expect(findSnapshot('huge')).toBeUndefined();
    keepSnapshot('a', copy('y'.repeat(1000)), { owner: 'a', budget });
    expect(snapshotBody(findSnapshot('a')!, 'n')).toBe('y'.repeat(1000));
    expect(snapshotStats().bytes).toBe(budget);
  });
});

describe('one person’s copies', () => {
  it('are capped, so endless variations push out only that person’s oldest', () => {
    const copy = (text: string) => makeSnapshot(page(text).response, text)!;
    keepSnapshot('someone-else', copy('<p>theirs</p>'), { owner: 'b' });
    for (let i = 1; i <= 5; i++) keepSnapshot(`a-view-${i}`, copy(`<p>${i}</p>`), { owner: 'a', perOwner: 3 });
    expect(['a-view-1', 'a-view-2'].map((key) => findSnapshot(key))).toEqual([undefined, undefined]);
    expect(['a-view-3', 'a-view-4', 'a-view-5'].every((key) => findSnapshot(key))).toBe(true);
    expect(findSnapshot('someone-else')).toBeDefined();
  });
});

describe('which requests may be answered with a copy', () => {
  const request = (method: string, headers: Record<string, string> = {}, url = 'https://waypoint.test/trusts/t1/comparison') => ({
    method,
    headers: new Headers(headers),
    nextUrl: new URL(url),
  });

  it('a browser opening the page', () => {
    expect(isDocumentRequest(request('GET', { accept: 'text/html' }))).toBe(true);
    expect(isDocumentRequest(request('GET', {}, 'https://waypoint.test/trusts/t1/comparison?sort=overall&dir=desc'))).toBe(true);
  });

  it('never a client-side navigation, a prefetch, a server action or a write', () => {
    expect(isDocumentRequest(request('GET', { rsc: '1' }))).toBe(false);
    expect(isDocumentRequest(request('GET', { 'next-router-prefetch': '1' }))).toBe(false);
    expect(isDocumentRequest(request('GET', { 'next-router-state-tree': '%5B%5D' }))).toBe(false);
    expect(isDocumentRequest(request('GET', {}, 'https://waypoint.test/trusts/t1/comparison?_rsc=abc'))).toBe(false);
    expect(isDocumentRequest(request('POST', { 'next-action': 'abc' }))).toBe(false);
    expect(isDocumentRequest(request('HEAD'))).toBe(false);
  });
});
