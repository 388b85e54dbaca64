// What the registers record, in words people use. Shared by forms, imports, exports and the roadmap.
import type { ContractService, KitCategory } from '@/lib/generated/prisma/enums';

export const CONTRACT_SERVICES = [
  'BROADBAND',
  'FILTERING',
  'MONITORING',
  'IT_SUPPORT',
  'MIS',
  'CLOUD_SUITE',
  'BACKUP',
  'NETWORK_SERVICE',
  'CYBER_COVER',
  'OTHER',
] as const satisfies readonly ContractService[];

export const CONTRACT_SERVICE_LABEL: Record<ContractService, string> = {
  BROADBAND: 'Broadband',
  FILTERING: 'Web filtering',
  MONITORING: 'Monitoring',
  IT_SUPPORT: 'IT support',
  MIS: 'Management information system (MIS)',
  CLOUD_SUITE: 'Cloud productivity suite',
  BACKUP: 'Backup',
  NETWORK_SERVICE: 'Wireless or network managed service',
  CYBER_COVER: 'Cyber insurance or RPA',
  OTHER: 'Other',
};

export const KIT_CATEGORIES = [
  'FIREWALL',
  'CORE_SWITCH',
  'EDGE_SWITCH',
  'ACCESS_POINT',
  'SERVER',
  'STORAGE',
  'UPS',
  'LAPTOP',
  'DESKTOP',
  'TABLET',
  'CHROMEBOOK',
  'DISPLAY',
  'OTHER',
] as const satisfies readonly KitCategory[];

export const KIT_CATEGORY_LABEL: Record<KitCategory, string> = {
  FIREWALL: 'Firewall or router',
  CORE_SWITCH: 'Core switch',
  EDGE_SWITCH: 'Edge switch',
  ACCESS_POINT: 'Wireless access point',
  SERVER: 'Server',
  STORAGE: 'Storage or NAS',
  UPS: 'UPS',
  LAPTOP: 'Laptop',
  DESKTOP: 'Desktop',
  TABLET: 'Tablet',
  CHROMEBOOK: 'Chromebook',
  DISPLAY: 'Interactive display',
  OTHER: 'Other',
};

/*
 * When kit with no known support end is due for replacement: years after purchase. Typical
 * lifetimes in school estates, on the cautious side (README, "Roadmap"): the manufacturer's
 * support end, when the register has it, always wins.
 */
export const REPLACEMENT_YEARS: Record<KitCategory, number | null> = {
  FIREWALL: 5,
  CORE_SWITCH: 7,
  EDGE_SWITCH: 7,
  ACCESS_POINT: 5,
  SERVER: 5,
  STORAGE: 5,
  UPS: 5,
  LAPTOP: 5,
  DESKTOP: 6,
  TABLET: 4,
  CHROMEBOOK: 5,
  DISPLAY: 8,
  OTHER: null,
};

// What spreadsheets call them, besides our own labels.
export const CONTRACT_SERVICE_VARIANTS: Record<string, (typeof CONTRACT_SERVICES)[number]> = {
  internet: 'BROADBAND',
  'internet connection': 'BROADBAND',
  connectivity: 'BROADBAND',
  filtering: 'FILTERING',
  'web filter': 'FILTERING',
  'content filtering': 'FILTERING',
  'safeguarding monitoring': 'MONITORING',
  'it support': 'IT_SUPPORT',
  'technical support': 'IT_SUPPORT',
  'managed service': 'IT_SUPPORT',
  mis: 'MIS',
  sims: 'MIS',
  arbor: 'MIS',
  'microsoft 365': 'CLOUD_SUITE',
  'office 365': 'CLOUD_SUITE',
  'google workspace': 'CLOUD_SUITE',
  'cloud backup': 'BACKUP',
  wifi: 'NETWORK_SERVICE',
  'wi-fi': 'NETWORK_SERVICE',
  wireless: 'NETWORK_SERVICE',
  network: 'NETWORK_SERVICE',
  'cyber insurance': 'CYBER_COVER',
  rpa: 'CYBER_COVER',
};

export const KIT_CATEGORY_VARIANTS: Record<string, (typeof KIT_CATEGORIES)[number]> = {
  firewall: 'FIREWALL',
  router: 'FIREWALL',
  'core switch': 'CORE_SWITCH',
  switch: 'EDGE_SWITCH',
  'network switch': 'EDGE_SWITCH',
  'access switch': 'EDGE_SWITCH',
  'access point': 'ACCESS_POINT',
  ap: 'ACCESS_POINT',
  wap: 'ACCESS_POINT',
  'wifi access point': 'ACCESS_POINT',
  nas: 'STORAGE',
  storage: 'STORAGE',
  san: 'STORAGE',
  ups: 'UPS',
  notebook: 'LAPTOP',
  pc: 'DESKTOP',
  computer: 'DESKTOP',
  ipad: 'TABLET',
  'interactive whiteboard': 'DISPLAY',
  'interactive panel': 'DISPLAY',
  'interactive flat panel': 'DISPLAY',
  ifp: 'DISPLAY',
  display: 'DISPLAY',
};
