// The app's routes as addresses, read from the files under app/: route groups like (app) are left
// out, dynamic segments stay as [name].
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const APP = path.resolve(import.meta.dirname, '../../../app');

export function routesInApp(dir: string = APP, prefix = ''): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      // Route groups like (app) do not appear in the address.
      found.push(...routesInApp(full, /^\(.*\)$/.test(name) ? prefix : `${prefix}/${name}`));
    } else if (name === 'page.tsx' || name === 'route.ts') {
      found.push(prefix || '/');
    }
  }
  return found;
}
