// The registers' form fields and how a saved item fills them. Shared by the school's and the trust's pages.
import type { FormField } from './register-item-form';
import { formatIsoDate } from '@/lib/dates/format';
import { describePeriod } from '@/lib/roadmap/notice-period';
import { CONTRACT_SERVICE_LABEL, CONTRACT_SERVICES, KIT_CATEGORIES, KIT_CATEGORY_LABEL } from '@/lib/registers/register-options';

export const CONTRACT_FIELDS: FormField[] = [
  { name: 'service', label: 'Service', kind: 'select', options: CONTRACT_SERVICES.map((s) => ({ value: s, label: CONTRACT_SERVICE_LABEL[s] })) },
  { name: 'supplier', label: 'Supplier', kind: 'text' },
  { name: 'startDate', label: 'Start date (optional)', kind: 'date' },
  { name: 'endDate', label: 'End date', kind: 'date', hint: 'Without it the roadmap cannot say when to decide what comes next.' },
  { name: 'noticePeriod', label: 'Notice period (optional)', kind: 'text', hint: 'For example 3 months or 90 days.' },
  { name: 'autoRenews', label: 'Renews automatically', kind: 'yesno' },
  { name: 'annualCostPence', label: 'Annual cost in pounds (optional)', kind: 'number', hint: 'For example 2400.' },
  { name: 'documentUrl', label: 'Link to the contract (optional)', kind: 'text', hint: 'Where the school keeps it, for example SharePoint or Google Drive.' },
  { name: 'covers', label: 'What it covers (optional)', kind: 'textarea', wide: true },
];

export const KIT_FIELDS: FormField[] = [
  { name: 'category', label: 'Category', kind: 'select', options: KIT_CATEGORIES.map((c) => ({ value: c, label: KIT_CATEGORY_LABEL[c] })) },
  { name: 'makeModel', label: 'Make and model', kind: 'text' },
  { name: 'quantity', label: 'Quantity', kind: 'number' },
  { name: 'location', label: 'Location (optional)', kind: 'text' },
  { name: 'purchaseDate', label: 'Purchase date (optional)', kind: 'date' },
  { name: 'warrantyEnd', label: 'Warranty end (optional)', kind: 'date' },
  { name: 'supportEnd', label: 'Support or security updates end (optional)', kind: 'date', hint: 'For a Chromebook, its auto-update expiry date.' },
  { name: 'operatingSystem', label: 'Operating system (optional)', kind: 'text', hint: 'For example Windows 11 or ChromeOS.' },
  { name: 'wifiGeneration', label: 'Wi-Fi generation (optional)', kind: 'text', hint: 'Access points: 5, 6, 6E or 7.' },
  { name: 'portSpeedMbps', label: 'Port speed (optional)', kind: 'text', hint: 'Switches and access points, for example 1 Gbps.' },
  { name: 'uplinkMbps', label: 'Uplink speed (optional)', kind: 'text', hint: 'Switches, for example 10 Gbps.' },
  { name: 'poe', label: 'Power over Ethernet (PoE)', kind: 'yesno' },
  { name: 'unitCostPence', label: 'Replacement cost each, in pounds (optional)', kind: 'number', hint: 'The roadmap multiplies it by the quantity.' },
];

const pounds = (pence: number | null) => (pence === null ? '' : String(pence / 100));
const date = (d: Date | null) => (d ? formatIsoDate(d) : '');
const yesNo = (v: boolean | null) => (v === true ? 'yes' : v === false ? 'no' : '');
const speed = (mbps: number | null) => (mbps === null ? '' : mbps % 1000 === 0 ? `${mbps / 1000} Gbps` : `${mbps} Mbps`);

export function contractDefaults(c: {
  service: string;
  supplier: string;
  covers: string | null;
  startDate: Date | null;
  endDate: Date | null;
  noticePeriod: string | null;
  autoRenews: boolean;
  annualCostPence: number | null;
  documentUrl: string | null;
}): Record<string, string> {
  return {
    service: c.service,
    supplier: c.supplier,
    covers: c.covers ?? '',
    startDate: date(c.startDate),
    endDate: date(c.endDate),
    noticePeriod: c.noticePeriod ? describePeriod(c.noticePeriod) : '',
    autoRenews: yesNo(c.autoRenews),
    annualCostPence: pounds(c.annualCostPence),
    documentUrl: c.documentUrl ?? '',
  };
}

export function kitDefaults(k: {
  category: string;
  makeModel: string;
  quantity: number;
  location: string | null;
  purchaseDate: Date | null;
  warrantyEnd: Date | null;
  supportEnd: Date | null;
  operatingSystem: string | null;
  wifiGeneration: string | null;
  portSpeedMbps: number | null;
  uplinkMbps: number | null;
  poe: boolean | null;
  unitCostPence: number | null;
}): Record<string, string> {
  return {
    category: k.category,
    makeModel: k.makeModel,
    quantity: String(k.quantity),
    location: k.location ?? '',
    purchaseDate: date(k.purchaseDate),
    warrantyEnd: date(k.warrantyEnd),
    supportEnd: date(k.supportEnd),
    operatingSystem: k.operatingSystem ?? '',
    wifiGeneration: k.wifiGeneration ?? '',
    portSpeedMbps: speed(k.portSpeedMbps),
    uplinkMbps: speed(k.uplinkMbps),
    poe: yesNo(k.poe),
    unitCostPence: pounds(k.unitCostPence),
  };
}
