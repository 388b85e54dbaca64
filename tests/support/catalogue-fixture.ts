// Two small catalogue versions for tests: B adds, changes and retires one requirement each.
import { randomBytes } from 'node:crypto';
import type { Catalogue, RequirementInput } from '@/lib/standards/catalogue-schema';

const SOURCE = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';

const requirement = (code: string, expectation: 'MUST' | 'SHOULD', question = `Does the school meet ${code}?`): RequirementInput => ({
  code,
  title: `Requirement ${code}`,
  question,
  hint: 'Ask your IT support provider.',
  expectation,
  timing: { kind: 'NOW', text: 'Expected now' },
  sourceUrl: SOURCE,
  nextSteps: [{ action: `Put ${code} in place with your supplier.`, owner: 'IT_SUPPORT', costBand: 'LOW' }],
});

export function makeCatalogues() {
  const tag = randomBytes(3).toString('hex');
  const a: Catalogue = {
    version: `2001.01.${parseInt(tag, 16)}`,
    title: 'Test catalogue A',
    publishedOn: '2001-01-01',
    sourceUrl: SOURCE,
    standards: [
      {
        slug: 'safety',
        title: 'Safety',
        summary: 'A test standard about safeguarding duties.',
        core: true,
        layer: 1,
        timing: { kind: 'NOW', text: 'Expected now' },
        sourceUrl: SOURCE,
        requirements: [
          requirement('safety.filter.lists', 'MUST'),
          requirement('safety.filter.review', 'SHOULD'),
          requirement('safety.monitor.reports', 'SHOULD'),
        ],
      },
      {
        slug: 'network',
        title: 'Network',
        summary: 'A test standard about the network.',
        core: false,
        layer: 3,
        timing: { kind: 'AT_TRIGGER', text: 'At the next upgrade' },
        sourceUrl: SOURCE,
        requirements: [requirement('network.wifi.coverage', 'SHOULD'), requirement('network.wifi.old-kit', 'SHOULD')],
      },
    ],
  };
  const b: Catalogue = {
    ...a,
    version: `2001.02.${parseInt(tag, 16)}`,
    title: 'Test catalogue B',
    publishedOn: '2001-02-01',
    standards: [
      {
        ...a.standards[0]!,
        requirements: [
          requirement('safety.filter.lists', 'MUST', 'Are both blocklists on and locked for everyone?'),
          requirement('safety.filter.review', 'SHOULD'),
          requirement('safety.monitor.reports', 'SHOULD'),
          requirement('safety.ai.review', 'SHOULD'),
        ],
      },
      { ...a.standards[1]!, requirements: [requirement('network.wifi.coverage', 'SHOULD')] },
    ],
  };
  return { a, b };
}
