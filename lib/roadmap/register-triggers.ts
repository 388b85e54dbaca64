// Which register events decide when a requirement is due (README, "Roadmap"). DfE words most
// requirements' timing as an event ("when the current contract ends", "when switches are no
// longer supported"); the catalogue keeps those words, and this file reads them once. Pure.
import type { ContractService, KitCategory } from '@/lib/generated/prisma/enums';
import type { Timing } from '@/lib/standards/catalogue-schema';

export type RegisterTrigger =
  | { register: 'CONTRACT'; services: readonly ContractService[]; what: string; missing: string }
  | { register: 'KIT'; categories: readonly KitCategory[]; what: string; missing: string };

// A standard's own register event, and the words in a requirement's timing that name it.
const STANDARD_TRIGGERS: Record<string, { trigger: RegisterTrigger; words: RegExp }> = {
  'broadband-internet': {
    trigger: { register: 'CONTRACT', services: ['BROADBAND'], what: 'broadband contract', missing: 'We don’t know when the broadband contract ends' },
    words: /contract|new connection/i,
  },
  'filtering-and-monitoring': {
    trigger: {
      register: 'CONTRACT',
      services: ['FILTERING', 'MONITORING'],
      what: 'filtering or monitoring contract',
      missing: 'We don’t know when the filtering and monitoring contracts end',
    },
    words: /contract|provider|renew/i,
  },
  'it-support': {
    trigger: { register: 'CONTRACT', services: ['IT_SUPPORT'], what: 'IT support contract', missing: 'We don’t know when the IT support contract ends' },
    words: /contract|renew/i,
  },
  'cloud-solutions': {
    trigger: {
      register: 'CONTRACT',
      services: ['CLOUD_SUITE'],
      what: 'cloud services contract',
      missing: 'We don’t know when the cloud services contract ends',
    },
    words: /renew|choosing/i,
  },
  'network-switching': {
    trigger: { register: 'KIT', categories: ['CORE_SWITCH', 'EDGE_SWITCH'], what: 'switches', missing: 'We don’t know when the switches stop being supported' },
    words: /no longer supported|not coping|buy/i,
  },
  'wireless-network': {
    trigger: {
      register: 'KIT',
      categories: ['ACCESS_POINT'],
      what: 'wireless access points',
      missing: 'We don’t know when the wireless access points stop being supported',
    },
    words: /no longer supported|not coping|upgrade/i,
  },
  // Cabling is redone when the Wi-Fi is: DfE ties the two together.
  'network-cabling': {
    trigger: {
      register: 'KIT',
      categories: ['ACCESS_POINT'],
      what: 'wireless access points (cabling goes with the Wi-Fi upgrade)',
      missing: 'We don’t know when the Wi-Fi, and with it the cabling, is due for an upgrade',
    },
    words: /wi-fi is upgraded/i,
  },
  'laptops-desktops-and-tablets': {
    trigger: {
      register: 'KIT',
      categories: ['LAPTOP', 'DESKTOP', 'TABLET', 'CHROMEBOOK'],
      what: 'devices',
      missing: 'We don’t know when the school’s devices are due for replacement',
    },
    words: /purchase|refresh|buy/i,
  },
  'servers-and-storage': {
    trigger: {
      register: 'KIT',
      categories: ['SERVER', 'STORAGE', 'UPS'],
      what: 'servers and storage',
      missing: 'We don’t know when the servers and storage stop being supported',
    },
    words: /buying new servers/i,
  },
};

export function standardTrigger(standardSlug: string): RegisterTrigger | null {
  return STANDARD_TRIGGERS[standardSlug]?.trigger ?? null;
}

/*
 * What a requirement's timing means for its date:
 * - NOW: expected already (overdue if not met); so is "as soon as possible";
 * - BY_DATE: the catalogue's date;
 * - REGISTER: the standard's register event (a contract's notice date, kit's support end);
 * - BUDGET: before the next financial year starts;
 * - REVIEW: at the next yearly or termly review, so within twelve months;
 * - OCCASION: at an event Waypoint cannot date (building work, the next policy review).
 * A core standard's deadline caps every kind.
 */
export type TimingClass = 'NOW' | 'BY_DATE' | 'REGISTER' | 'BUDGET' | 'REVIEW' | 'OCCASION';

export function classifyTiming(standardSlug: string, timing: Timing): TimingClass {
  if (timing.kind === 'NOW') return 'NOW';
  if (timing.kind === 'BY_DATE') return 'BY_DATE';
  const text = timing.text;
  if (/as soon as possible/i.test(text)) return 'NOW';
  if (/budget cycle/i.test(text)) return 'BUDGET';
  const own = STANDARD_TRIGGERS[standardSlug];
  if (own?.words.test(text)) return 'REGISTER';
  if (/review|maintenance|every year|every term|once a year/i.test(text)) return 'REVIEW';
  return 'OCCASION';
}
