import { afterEach, describe, expect, it, vi } from 'vitest';
import { stashedHtml, stashHtml } from '@/lib/http/html-stash';

afterEach(() => vi.useRealTimers());

describe('the HTML hand-over between the two server renders', () => {
  it('gives each render its own string, by an id that cannot be guessed from the content', () => {
    const a = stashHtml('<table>a</table>');
    const b = stashHtml('<table>b</table>');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(stashedHtml(a)).toBe('<table>a</table>');
    expect(stashedHtml(b)).toBe('<table>b</table>');
    expect(stashedHtml('not-an-id')).toBeUndefined();
  });

  it('forgets strings after a few seconds, so abandoned renders cost nothing', () => {
    vi.useFakeTimers();
    const old = stashHtml('<p>old</p>');
    vi.advanceTimersByTime(11_000);
    const fresh = stashHtml('<p>new</p>');
    expect(stashedHtml(old)).toBeUndefined();
    expect(stashedHtml(fresh)).toBe('<p>new</p>');
  });
});
