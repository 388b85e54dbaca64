import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../prisma/seed';

const original = process.env.NODE_ENV;
afterEach(() => {
  (process.env as Record<string, string | undefined>).NODE_ENV = original;
});

describe('the demo seed (F19)', () => {
  it('refuses a production environment before touching any database', async () => {
    (process.env as Record<string, string | undefined>).NODE_ENV = 'production';
    // No server listens on this address: the refusal must come first.
    await expect(seedDemoData('postgresql://nobody@127.0.0.1:1/none', { target: 'explicit' })).rejects.toThrow(/Refusing to load demo data/);
    await expect(seedDemoData('postgresql://nobody@127.0.0.1:1/none', { target: 'embedded' })).rejects.toThrow(/Refusing to load demo data/);
  });
});
