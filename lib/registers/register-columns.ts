// The registers' spreadsheet columns: our header (template and export) and the headers people's
// own spreadsheets use for the same thing. Matched ignoring case, spaces and punctuation. Pure.
import type { RegisterKind } from './list-registers';

export type Column = { field: string; header: string; variants: readonly string[]; required?: boolean; example: string };

export const CONTRACT_COLUMNS: readonly Column[] = [
  { field: 'service', header: 'Service', variants: ['type', 'contract type', 'category', 'service type'], required: true, example: 'Broadband' },
  { field: 'supplier', header: 'Supplier', variants: ['provider', 'vendor', 'company', 'supplier name'], required: true, example: 'Openreach Schools Ltd' },
  { field: 'covers', header: 'What it covers', variants: ['covers', 'description', 'details', 'scope', 'notes'], example: '1 Gbps leased line, main site' },
  { field: 'startDate', header: 'Start date', variants: ['start', 'contract start', 'commenced'], example: '01/09/2024' },
  {
    field: 'endDate',
    header: 'End date',
    variants: ['end', 'expiry', 'expiry date', 'expires', 'renewal date', 'contract end', 'end of contract'],
    example: '31/08/2027',
  },
  { field: 'noticePeriod', header: 'Notice period', variants: ['notice', 'notice required'], example: '3 months' },
  {
    field: 'autoRenews',
    header: 'Auto-renews',
    variants: ['auto renewal', 'auto-renewal', 'auto renew', 'automatic renewal', 'rolling', 'renews automatically'],
    example: 'No',
  },
  {
    field: 'annualCostPence',
    header: 'Annual cost (£)',
    variants: ['annual cost', 'cost per year', 'yearly cost', 'cost per annum', 'annual price', 'cost'],
    example: '2400',
  },
  {
    field: 'documentUrl',
    header: 'Document link',
    variants: ['document', 'documents', 'link', 'contract link', 'url'],
    example: 'https://sharepoint.example.org/contracts/broadband.pdf',
  },
];

export const KIT_COLUMNS: readonly Column[] = [
  { field: 'category', header: 'Category', variants: ['type', 'device type', 'kind', 'asset type'], required: true, example: 'Laptop' },
  {
    field: 'makeModel',
    header: 'Make and model',
    variants: ['model', 'make/model', 'make & model', 'device', 'item', 'description', 'asset'],
    required: true,
    example: 'Dell Latitude 3310',
  },
  { field: 'quantity', header: 'Quantity', variants: ['qty', 'number', 'count', 'units', 'no.'], example: '40' },
  { field: 'location', header: 'Location', variants: ['room', 'site', 'building', 'where'], example: 'ICT suite' },
  {
    field: 'purchaseDate',
    header: 'Purchase date',
    variants: ['purchased', 'bought', 'date purchased', 'date bought', 'installed', 'install date'],
    example: '01/09/2020',
  },
  { field: 'warrantyEnd', header: 'Warranty end', variants: ['warranty', 'warranty expiry', 'warranty until', 'warranty end date'], example: '31/08/2023' },
  {
    field: 'supportEnd',
    header: 'Support end',
    variants: ['end of support', 'support end date', 'security updates end', 'auto-update expiry', 'auto update expiry', 'aue', 'eol', 'end of life'],
    example: '',
  },
  { field: 'operatingSystem', header: 'Operating system', variants: ['os', 'o/s', 'operating system version'], example: 'Windows 10 Pro' },
  { field: 'wifiGeneration', header: 'Wi-Fi generation', variants: ['wifi', 'wi-fi', 'wifi standard', 'wireless standard', 'wifi generation'], example: '' },
  { field: 'portSpeedMbps', header: 'Port speed', variants: ['port speeds', 'ports', 'port speed (mbps)'], example: '' },
  { field: 'uplinkMbps', header: 'Uplink speed', variants: ['uplink', 'uplinks', 'uplink (gbps)'], example: '' },
  { field: 'poe', header: 'PoE', variants: ['power over ethernet', 'poe ports'], example: '' },
  {
    field: 'unitCostPence',
    header: 'Unit cost (£)',
    variants: ['unit cost', 'cost each', 'price each', 'unit price', 'replacement cost', 'cost'],
    example: '450',
  },
];

export const COLUMNS: Record<RegisterKind, readonly Column[]> = { contract: CONTRACT_COLUMNS, kit: KIT_COLUMNS };
export const REGISTER_NAME: Record<RegisterKind, string> = { contract: 'Contracts', kit: 'Kit' };

const key = (header: string) =>
  header
    .toLowerCase()
    .replace(/\(£\)|£/g, '')
    .replace(/[^a-z0-9]/g, '');

/** Which field each header is, by position; headers it does not know are left out (null). */
export function matchColumns(register: RegisterKind, headers: readonly string[]): { fields: Array<string | null>; missing: string[] } {
  const columns = COLUMNS[register];
  const taken = new Set<string>();
  // Our own header first, then variants: "Cost" means annual cost only when there is no "Annual cost".
  const fields = headers.map(() => null as string | null);
  for (const pass of ['header', 'variant'] as const) {
    headers.forEach((header, i) => {
      if (fields[i] || !header.trim()) return;
      const wanted = key(header);
      const column = columns.find(
        (c) => !taken.has(c.field) && (pass === 'header' ? key(c.header) === wanted || key(c.field) === wanted : c.variants.some((v) => key(v) === wanted)),
      );
      if (column) {
        fields[i] = column.field;
        taken.add(column.field);
      }
    });
  }
  const missing = columns.filter((c) => c.required && !taken.has(c.field)).map((c) => c.header);
  return { fields, missing };
}

export function headerOf(register: RegisterKind, field: string): string {
  return COLUMNS[register].find((c) => c.field === field)?.header ?? field;
}
