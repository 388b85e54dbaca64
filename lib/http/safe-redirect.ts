// Where to send someone after signing in: a path on this site, or the home page. Browsers read
// "/\host" and "/<tab>/host" as "//host", so the value is resolved the way a browser would and
// kept only if it stays on this origin; backslashes and control characters are refused outright.
export function safeRedirectPath(value: string | null | undefined, origin: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return '/';
  if (!value.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  try {
    const base = new URL(origin);
    const url = new URL(value, base);
    if (url.origin !== base.origin) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
