// When an operating system stops getting security updates, for the ones schools still run.
// From Microsoft's lifecycle pages (https://learn.microsoft.com/lifecycle/products/), checked
// December 2026; paid Extended Security Updates are not counted as support. Pure.

const END_OF_SUPPORT: ReadonlyArray<{ pattern: RegExp; name: string; end: string }> = [
  { pattern: /windows\s*server\s*2008/i, name: 'Windows Server 2008', end: '2020-01-14' },
  { pattern: /windows\s*server\s*2012/i, name: 'Windows Server 2012', end: '2023-10-10' },
  { pattern: /windows\s*server\s*2016/i, name: 'Windows Server 2016', end: '2027-01-12' },
  { pattern: /windows\s*server\s*2019/i, name: 'Windows Server 2019', end: '2029-01-09' },
  { pattern: /windows\s*(xp|vista)\b/i, name: 'Windows XP or Vista', end: '2017-04-11' },
  { pattern: /windows\s*7\b/i, name: 'Windows 7', end: '2020-01-14' },
  { pattern: /windows\s*8(\.1)?\b/i, name: 'Windows 8.1', end: '2023-01-10' },
  { pattern: /windows\s*10\b/i, name: 'Windows 10', end: '2025-10-14' },
];

/** The end of security updates for an operating system named in a register, when Waypoint knows it. */
export function operatingSystemEnd(operatingSystem: string | null | undefined): { name: string; end: string } | null {
  if (!operatingSystem) return null;
  const known = END_OF_SUPPORT.find((os) => os.pattern.test(operatingSystem));
  return known ? { name: known.name, end: known.end } : null;
}
