// The registers as an Excel workbook (exceljs): the import template (headers, an example row,
// the lists of services and categories) and the export of what is saved, in the same columns,
// so an export edited in Excel imports again.
import ExcelJS from 'exceljs';
import { formatIsoDate } from '@/lib/dates/format';
import { describePeriod } from '@/lib/roadmap/notice-period';
import type { RegisterKind } from './list-registers';
import { COLUMNS, REGISTER_NAME } from './register-columns';
import { CONTRACT_SERVICE_LABEL, KIT_CATEGORY_LABEL } from './register-options';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Row = Record<string, unknown>;

const pounds = (pence: unknown) => (typeof pence === 'number' ? pence / 100 : '');
const yesNo = (value: unknown) => (value === true ? 'Yes' : value === false ? 'No' : '');
const mbps = (value: unknown) => (typeof value === 'number' ? (value >= 1000 && value % 1000 === 0 ? `${value / 1000} Gbps` : `${value} Mbps`) : '');

function cellFor(field: string, item: Row): string | number | Date {
  const value = item[field];
  if (value instanceof Date) return formatIsoDate(value).split('-').reverse().join('/');
  switch (field) {
    case 'service':
      return CONTRACT_SERVICE_LABEL[value as keyof typeof CONTRACT_SERVICE_LABEL] ?? '';
    case 'category':
      return KIT_CATEGORY_LABEL[value as keyof typeof KIT_CATEGORY_LABEL] ?? '';
    case 'annualCostPence':
    case 'unitCostPence':
      return pounds(value);
    case 'autoRenews':
    case 'poe':
      return yesNo(value);
    case 'noticePeriod':
      return typeof value === 'string' ? describePeriod(value) : '';
    case 'portSpeedMbps':
    case 'uplinkMbps':
      return mbps(value);
    default:
      return value === null || value === undefined ? '' : (value as string | number);
  }
}

function addSheet(workbook: ExcelJS.Workbook, register: RegisterKind, items: Row[] | null) {
  const sheet = workbook.addWorksheet(REGISTER_NAME[register], { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = COLUMNS[register];
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: Math.max(14, c.header.length + 4, Math.min(40, c.example.length + 2)) }));
  sheet.getRow(1).font = { bold: true };
  if (items === null) sheet.addRow(Object.fromEntries(columns.map((c) => [c.field, c.example])));
  else for (const item of items) sheet.addRow(Object.fromEntries(columns.map((c) => [c.field, cellFor(c.field, item)])));
}

/** The template: one sheet to fill in, and the words Waypoint understands for each list. */
export async function registerTemplate(register: RegisterKind): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waypoint';
  addSheet(workbook, register, null);
  const lists = workbook.addWorksheet('Lists');
  lists.columns = [{ header: register === 'contract' ? 'Service' : 'Category', key: 'label', width: 40 }];
  lists.getRow(1).font = { bold: true };
  for (const label of Object.values(register === 'contract' ? CONTRACT_SERVICE_LABEL : KIT_CATEGORY_LABEL)) lists.addRow({ label });
  lists.addRow({});
  lists.addRow({ label: 'Dates: 31/08/2027 or 31 Aug 2027. Costs in pounds. Notice: 3 months or 90 days.' });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Both registers as saved, one sheet each. */
export async function registerWorkbook(registers: { contracts: Row[]; kit: Row[] }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waypoint';
  addSheet(workbook, 'contract', registers.contracts);
  addSheet(workbook, 'kit', registers.kit);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
