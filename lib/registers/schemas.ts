// The registers' fields (lib/registers), read from a form or from a spreadsheet row: every value
// arrives as text, and every problem is a message for that field.
import { z } from 'zod';
import { parseIsoDate } from '@/lib/dates/format';
import { NOTICE_PERIOD_PROBLEM, parseNoticePeriod } from '@/lib/roadmap/notice-period';
import { idField, readPounds, versionField } from '@/lib/validation/primitives';
import { CONTRACT_SERVICE_LABEL, CONTRACT_SERVICE_VARIANTS, KIT_CATEGORY_LABEL, KIT_CATEGORY_VARIANTS } from './register-options';
import { readMbps, readOption, readUkDate, readWifiGeneration, readYesNo } from './register-values';

const text = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => (v === undefined ? '' : String(v).trim()));

function optionalText(max: number, label: string) {
  return text.pipe(z.string().max(max, `${label} must be ${max} characters or fewer`)).transform((v) => v || null);
}

function requiredText(max: number, missing: string, label: string) {
  return text.pipe(z.string().min(1, missing).max(max, `${label} must be ${max} characters or fewer`));
}

function reader<T>(read: (value: string) => T | null, problem: string) {
  return text.transform((value, ctx): T | null => {
    if (!value) return null;
    const result = read(value);
    if (result === null) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return result;
  });
}

const dateField = (what: string) =>
  reader((value) => {
    const day = readUkDate(value);
    if (!day) return null;
    const year = Number(day.slice(0, 4));
    return year >= 1990 && year <= 2100 ? parseIsoDate(day) : null;
  }, `Enter ${what} as a real date between 1990 and 2100, for example 31/08/2027`);

const poundsField = reader((value) => {
  const pence = readPounds(value);
  return pence !== null && pence <= 1_000_000_000 ? pence : null;
}, 'Enter an amount in pounds up to £10,000,000, for example 1500 or 1,250.50');

const yesNoField = (problem: string) => reader(readYesNo, problem);

export const ContractFieldsSchema = z
  .object({
    service: text.transform((value, ctx) => {
      const service = readOption(value, CONTRACT_SERVICE_LABEL, CONTRACT_SERVICE_VARIANTS);
      if (!service) {
        ctx.addIssue({
          code: 'custom',
          message: value
            ? `“${value.slice(0, 40)}” is not a service Waypoint knows: choose broadband, web filtering, IT support, MIS or another from the list`
            : 'Choose the service',
        });
        return z.NEVER;
      }
      return service;
    }),
    supplier: requiredText(120, 'Enter the supplier', 'The supplier'),
    covers: optionalText(500, 'What it covers'),
    startDate: dateField('the start date'),
    endDate: dateField('the end date'),
    noticePeriod: text.transform((value, ctx) => {
      const period = parseNoticePeriod(value);
      if (period === undefined) {
        ctx.addIssue({ code: 'custom', message: NOTICE_PERIOD_PROBLEM });
        return z.NEVER;
      }
      return period;
    }),
    autoRenews: yesNoField('Say yes or no for auto-renewal').transform((v) => v ?? false),
    annualCostPence: poundsField,
    documentUrl: text
      .pipe(z.string().max(2000, 'The link must be 2,000 characters or fewer'))
      .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), 'Enter a link starting with https://')
      .transform((v) => v || null),
  })
  .superRefine((fields, ctx) => {
    if (fields.startDate && fields.endDate && fields.endDate < fields.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must be after the start date' });
  });
export type ContractFields = z.output<typeof ContractFieldsSchema>;

export const KitFieldsSchema = z.object({
  category: text.transform((value, ctx) => {
    const category = readOption(value, KIT_CATEGORY_LABEL, KIT_CATEGORY_VARIANTS);
    if (!category) {
      ctx.addIssue({
        code: 'custom',
        message: value
          ? `“${value.slice(0, 40)}” is not a kind of kit Waypoint knows: choose laptop, access point, switch or another from the list`
          : 'Choose what kind of kit it is',
      });
      return z.NEVER;
    }
    return category;
  }),
  makeModel: requiredText(120, 'Enter the make and model', 'The make and model'),
  quantity: text.transform((value, ctx) => {
    if (!value) return 1;
    if (!/^\d{1,6}$/.test(value.replace(/,/g, '')) || Number(value.replace(/,/g, '')) < 1 || Number(value.replace(/,/g, '')) > 100_000) {
      ctx.addIssue({ code: 'custom', message: 'Enter how many, a whole number from 1 to 100,000' });
      return z.NEVER;
    }
    return Number(value.replace(/,/g, ''));
  }),
  location: optionalText(120, 'The location'),
  purchaseDate: dateField('the purchase date'),
  warrantyEnd: dateField('the warranty end'),
  supportEnd: dateField('the support end'),
  operatingSystem: optionalText(80, 'The operating system'),
  wifiGeneration: reader(readWifiGeneration, 'Enter the Wi-Fi generation as 4, 5, 6, 6E or 7'),
  portSpeedMbps: reader(readMbps, 'Enter the port speed like 1 Gbps or 100 Mbps'),
  uplinkMbps: reader(readMbps, 'Enter the uplink speed like 10 Gbps'),
  poe: yesNoField('Say yes or no for power over Ethernet (PoE)'),
  unitCostPence: poundsField,
});
export type KitFields = z.output<typeof KitFieldsSchema>;

// Who the item belongs to: the form names the school or the trust it is added to.
const OwnerFields = z.object({ ownerKind: z.enum(['school', 'trust']), ownerId: idField });
// A trust's item covers the schools ticked, or every school when none is.
const CoveredSchools = z.object({
  coveredSchoolIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(idField).max(500)),
});
const Existing = z.object({ itemId: idField, version: versionField.refine((v) => v >= 1, 'Reload the page and try again') });

export const CreateContractSchema = z.intersection(z.intersection(OwnerFields, CoveredSchools), ContractFieldsSchema);
export const UpdateContractSchema = z.intersection(z.intersection(Existing, CoveredSchools), ContractFieldsSchema);
export const CreateKitSchema = z.intersection(z.intersection(OwnerFields, CoveredSchools), KitFieldsSchema);
export const UpdateKitSchema = z.intersection(z.intersection(Existing, CoveredSchools), KitFieldsSchema);
export const DeleteRegisterItemSchema = Existing.extend({ register: z.enum(['contract', 'kit']) });

export const registerFile = z
  .instanceof(File, { error: 'Choose a spreadsheet to upload' })
  .refine((file) => file.size > 0, 'Choose a spreadsheet to upload')
  .refine((file) => file.size <= 5 * 1024 * 1024, 'The file must be smaller than 5 MB')
  .refine((file) => /\.(xlsx|csv)$/i.test(file.name), 'The file must be an Excel workbook (.xlsx) or a CSV file');

export const PreviewRegisterImportSchema = OwnerFields.extend({
  register: z.enum(['contract', 'kit'], { error: 'Choose contracts or kit' }),
  file: registerFile,
});
export const ConfirmRegisterImportSchema = z.object({ registerImportId: idField });
