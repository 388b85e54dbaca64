// Regenerates lib/auth/breached-passwords/common-passwords.txt.gz, the breached-password list that ships with
// the app (OWASP ASVS 2.1.7: checked offline, no network). See lib/auth/breached-passwords/README.md.
//
//   npx tsx scripts/build-breached-passwords.ts <source list> [--top 999999] [--min-length 12] [--out FILE]
//
// The source is a frequency-ordered list, one password a line, most common first (SecLists'
// 10-million-password-list-top-1000000.txt or its top-100000 prefix). The first --top lines are
// taken, lower-cased (as isBreachedPassword() lower-cases what it checks), those shorter than
// --min-length dropped, then deduplicated and sorted, and written gzipped one a line.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = path.join(ROOT, 'lib/auth/breached-passwords/common-passwords.txt.gz');

export function buildBreachedPasswordList(source: string, options: { top: number; minLength: number }): string[] {
  const lines = source.split('\n').map((line) => line.replace(/\r$/, ''));
  // A trailing newline leaves one empty last element: blank lines are not entries and don't count.
  const top = lines.filter((line) => line.length > 0).slice(0, options.top);
  const kept = new Set<string>();
  for (const password of top) {
    const lower = password.toLowerCase();
    if (lower.length >= options.minLength) kept.add(lower);
  }
  // Plain code-unit order: the same bytes whatever the machine's locale.
  return [...kept].sort();
}

function intOption(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} needs a positive whole number`);
  return value;
}

function main(args: string[]) {
  const sourcePath = args[0];
  if (!sourcePath || sourcePath.startsWith('--')) {
    console.error('Usage: npx tsx scripts/build-breached-passwords.ts <source list> [--top 999999] [--min-length 12] [--out FILE]');
    process.exit(1);
  }
  const top = intOption(args, '--top', 999_999);
  const minLength = intOption(args, '--min-length', 12);
  const outAt = args.indexOf('--out');
  const out = outAt === -1 ? DEFAULT_OUT : path.resolve(args[outAt + 1] ?? '');

  const source = readFileSync(sourcePath, 'utf8');
  const available = source.split('\n').filter((line) => line.replace(/\r$/, '').length > 0).length;
  if (available < top) throw new Error(`The source has ${available} entries, fewer than --top ${top}`);

  const passwords = buildBreachedPasswordList(source, { top, minLength });
  // Node writes no file name and a zero timestamp in the gzip header, so the same input gives the same bytes.
  const gz = gzipSync(`${passwords.join('\n')}\n`, { level: 9 });
  writeFileSync(out, gz);
  console.log(
    `Wrote ${path.relative(process.cwd(), out)}: ${passwords.length} passwords of ${minLength}+ characters ` +
      `from the top ${top} of ${path.basename(sourcePath)}, ${gz.length} bytes gzipped.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
