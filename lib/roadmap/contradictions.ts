// Register facts that contradict an answer (README, "Roadmap"): "You answered met for supported
// operating systems, but the register lists 40 laptops on Windows 10". Shown beside the question
// and in the priorities. Pure.
import type { KitCategory } from '@/lib/generated/prisma/enums';
import { formatLongDate, parseIsoDate } from '@/lib/dates/format';
import { kitDueDate, kitNoun, type RoadmapKit } from './build-roadmap';
import { operatingSystemEnd } from './operating-systems';

export type Contradiction = { requirementCode: string; message: string; kitIds: string[] };

const USER_DEVICES: readonly KitCategory[] = ['LAPTOP', 'DESKTOP', 'TABLET', 'CHROMEBOOK'];

// Requirements a "met" answer to which says the kit is still supported.
const STILL_SUPPORTED: ReadonlyArray<{ codes: readonly string[]; categories: readonly KitCategory[] }> = [
  {
    codes: [
      'laptops-desktops-and-tablets.spec.security-support',
      'laptops-desktops-and-tablets.security.os-updates',
      'laptops-desktops-and-tablets.spec.unsupported-replaced',
    ],
    categories: USER_DEVICES,
  },
  { codes: ['wireless-network.support.security-updates'], categories: ['ACCESS_POINT'] },
  { codes: ['network-switching.support.firmware-updates'], categories: ['CORE_SWITCH', 'EDGE_SWITCH'] },
  { codes: ['servers-and-storage.security.updates', 'servers-and-storage.resilience.replacement'], categories: ['SERVER', 'STORAGE'] },
];

/** The standards whose answers the registers can contradict: the others need not load them. */
export const CHECKED_STANDARDS: ReadonlySet<string> = new Set(
  [...STILL_SUPPORTED.flatMap((rule) => rule.codes), 'network-switching.performance.port-speeds'].map((code) => code.split('.')[0]!),
);

function plural(kit: readonly RoadmapKit[], category: KitCategory): string {
  const count = kit.reduce((sum, k) => sum + k.quantity, 0);
  return `${count} ${kitNoun(category, count)}`;
}

function unsupportedReason(item: RoadmapKit): string {
  const os = operatingSystemEnd(item.operatingSystem);
  if (os) return `on ${os.name}`;
  return `past their support end`;
}

export function findContradictions(answers: ReadonlyMap<string, string>, kit: readonly RoadmapKit[], today: string): Contradiction[] {
  const found: Contradiction[] = [];
  for (const rule of STILL_SUPPORTED) {
    const unsupported = kit.filter((k) => {
      if (!rule.categories.includes(k.category)) return false;
      const os = operatingSystemEnd(k.operatingSystem);
      const end = os?.end ?? k.supportEnd ?? null;
      return end !== null && end < today;
    });
    if (unsupported.length === 0) continue;
    // Grouped by what makes them unsupported, biggest first: "40 laptops on Windows 10".
    const groups = new Map<string, RoadmapKit[]>();
    for (const item of unsupported) {
      const key = `${item.category}|${unsupportedReason(item)}`;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    const phrases = [...groups.entries()]
      .sort((a, b) => b[1].reduce((s, k) => s + k.quantity, 0) - a[1].reduce((s, k) => s + k.quantity, 0))
      .map(([key, items]) => `${plural(items, key.split('|')[0] as KitCategory)} ${key.split('|')[1]}`);
    for (const code of rule.codes) {
      if (answers.get(code) !== 'MET') continue;
      found.push({
        requirementCode: code,
        message: `You answered met, but the register lists ${phrases.join(' and ')}.`,
        kitIds: unsupported.map((k) => k.id),
      });
    }
  }
  // Edge switches slower than 1 Gbps to the desk contradict "at least 1 Gbps to every desktop".
  if (answers.get('network-switching.performance.port-speeds') === 'MET') {
    const slow = kit.filter((k) => k.category === 'EDGE_SWITCH' && k.portSpeedMbps !== null && k.portSpeedMbps < 1000);
    if (slow.length)
      found.push({
        requirementCode: 'network-switching.performance.port-speeds',
        message: `You answered met, but the register lists ${plural(slow, 'EDGE_SWITCH')} with ports slower than 1 Gbps.`,
        kitIds: slow.map((k) => k.id),
      });
  }
  return found;
}

/** "no security updates since 14 October 2025": for the kit table. */
export function supportStatus(item: RoadmapKit, today: string): string | null {
  const due = kitDueDate(item);
  if (!due) return null;
  const when = formatLongDate(parseIsoDate(due.day));
  return due.day < today ? `Overdue since ${when}: ${due.because}` : `Due by ${when}: ${due.because}`;
}
