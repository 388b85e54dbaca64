import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

const ORIGIN = 'http://localhost:3000';

describe('where sign-in sends people afterwards', () => {
  it('keeps paths on this site', () => {
    expect(safeRedirectPath('/schools/abc?x=1#y', ORIGIN)).toBe('/schools/abc?x=1#y');
    expect(safeRedirectPath('/invite/tok', ORIGIN)).toBe('/invite/tok');
  });

  it('refuses everything a browser would take to another site', () => {
    for (const value of [
      '//example.org',
      '/\\example.org',
      '/\texample.org',
      '/%09/example.org'.replace('%09', '\t'),
      'https://example.org',
      'javascript:alert(1)',
      '\\\\example.org',
      '/\u0000/x',
      '',
    ]) {
      expect(safeRedirectPath(value, ORIGIN), JSON.stringify(value)).toBe('/');
    }
    expect(safeRedirectPath(undefined, ORIGIN)).toBe('/');
  });

  it('never leaves the origin, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const result = safeRedirectPath(value, ORIGIN);
        expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
        expect(result.startsWith('/')).toBe(true);
        expect(result.startsWith('//')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
