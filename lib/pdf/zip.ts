import { zipSync } from 'fflate';

// PDFs are compressed inside already, so they are stored as they are (level 0).
export function zipFiles(entries: ReadonlyArray<{ name: string; data: Uint8Array }>, modified: Date = new Date()): Uint8Array<ArrayBuffer> {
  const used = new Set<string>();
  const files: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  for (const entry of entries) {
    // Two schools with the same name must not overwrite each other in the archive.
    let name = entry.name;
    for (let n = 2; used.has(name); n++) name = entry.name.replace(/(\.[a-z0-9]+)?$/i, (ext) => ` (${n})${ext}`);
    used.add(name);
    files[name] = [entry.data, { level: 0, mtime: modified }];
  }
  return new Uint8Array(zipSync(files));
}
