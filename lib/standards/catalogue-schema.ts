import { z } from 'zod';

// The shape of a standards catalogue: data, versioned, validated before it reaches the database.
// Texts are Waypoint's own words; facts and links come from DfE's published standards.

export const OWNERS = [
  'SLT_DIGITAL_LEAD',
  'HEADTEACHER',
  'GOVERNORS',
  'DSL',
  'IT_SUPPORT',
  'DPO',
  'BUSINESS_MANAGER',
  'SENCO',
  'SUPPLIER',
  'ALL_STAFF',
] as const;
export type Owner = (typeof OWNERS)[number];

export const OWNER_LABEL: Record<Owner, string> = {
  SLT_DIGITAL_LEAD: 'SLT digital lead',
  HEADTEACHER: 'Headteacher',
  GOVERNORS: 'Governors or trustees',
  DSL: 'Designated safeguarding lead',
  IT_SUPPORT: 'IT support',
  DPO: 'Data protection officer',
  BUSINESS_MANAGER: 'School business manager',
  SENCO: 'SENCo',
  SUPPLIER: 'Supplier',
  ALL_STAFF: 'All staff',
};

// Rough one-off cost for a typical school, to help budget: NONE = staff time only.
export const COST_BANDS = ['NONE', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type CostBand = (typeof COST_BANDS)[number];
export const COST_BAND_LABEL: Record<CostBand, string> = {
  NONE: 'Staff time only',
  LOW: 'Under £1,000',
  MEDIUM: '£1,000 to £10,000',
  HIGH: 'Over £10,000',
};

// The pyramid: lower layers come first because they unlock the ones above.
export const LAYERS = [1, 2, 3, 4] as const;
export type Layer = (typeof LAYERS)[number];
export const LAYER_LABEL: Record<Layer, string> = {
  1: 'Safeguarding and legal duties',
  2: 'Leadership and governance',
  3: 'Network and infrastructure',
  4: 'Devices, cloud and everyday use',
};

export const EXPECTATIONS = ['MUST', 'SHOULD'] as const;

// Where a requirement comes from: the standard's own page, DfE's Plan technology for your school
// service (which asks things the standard pages do not), or good practice beyond DfE's text.
export const SOURCE_KINDS = ['DFE_STANDARD', 'PLAN_TECH', 'GOOD_PRACTICE'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Expectation = (typeof EXPECTATIONS)[number];

const govUkUrl = z
  .string()
  .url()
  .refine((url) => /^https:\/\/(www\.)?(gov\.uk|[a-z-]+\.education\.gov\.uk)\//.test(url), 'Source must be a gov.uk page');
const guidanceUrl = z
  .string()
  .url()
  .refine((url) => url.startsWith('https://'), 'Guidance links must be https');

// When DfE expects it: NOW (already expected, often by law or KCSIE), BY_DATE, or AT_TRIGGER
// (at the next purchase, contract end or upgrade).
export const TimingSchema = z
  .object({
    kind: z.enum(['NOW', 'BY_DATE', 'AT_TRIGGER']),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    text: z.string().min(3).max(160),
  })
  .refine((t) => (t.kind === 'BY_DATE') === Boolean(t.date), 'BY_DATE needs a date, and only BY_DATE has one');
export type Timing = z.infer<typeof TimingSchema>;

export const NextStepSchema = z.object({
  action: z.string().min(10).max(300),
  owner: z.enum(OWNERS),
  costBand: z.enum(COST_BANDS),
  guidance: z.object({ title: z.string().min(3).max(120), url: guidanceUrl }).optional(),
});
export type NextStep = z.infer<typeof NextStepSchema>;

export const RequirementSchema = z.object({
  // Stable across catalogue versions: "<standard-slug>.<topic>.<item>", lower case.
  code: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+){1,3}$/, 'code must look like standard-slug.topic.item'),
  title: z.string().min(5).max(90),
  question: z
    .string()
    .min(15)
    .max(240)
    .refine((q) => q.trim().endsWith('?'), 'A question ends with a question mark'),
  hint: z.string().min(10).max(500).optional(),
  expectation: z.enum(EXPECTATIONS),
  timing: TimingSchema,
  sourceUrl: govUkUrl,
  // Required from 2026.12 on (see catalogue-quality.ts); 2026.11 predates it.
  source: z.enum(SOURCE_KINDS).optional(),
  nextSteps: z.array(NextStepSchema).min(1).max(4),
});
export type RequirementInput = z.infer<typeof RequirementSchema>;

export const StandardSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3).max(80),
  summary: z.string().min(20).max(400),
  core: z.boolean(),
  layer: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  timing: TimingSchema,
  sourceUrl: govUkUrl,
  requirements: z.array(RequirementSchema).min(1),
});
export type StandardInput = z.infer<typeof StandardSchema>;

export const CatalogueSchema = z
  .object({
    version: z.string().regex(/^\d{4}\.\d{2}(\.\d+)?$/, 'version looks like 2026.11'),
    title: z.string().min(3),
    publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    sourceUrl: govUkUrl,
    standards: z.array(StandardSchema).min(1),
  })
  .superRefine((catalogue, ctx) => {
    const slugs = new Set<string>();
    const codes = new Set<string>();
    catalogue.standards.forEach((standard, s) => {
      if (slugs.has(standard.slug)) ctx.addIssue({ code: 'custom', path: ['standards', s, 'slug'], message: `duplicate slug ${standard.slug}` });
      slugs.add(standard.slug);
      standard.requirements.forEach((requirement, r) => {
        if (codes.has(requirement.code)) {
          ctx.addIssue({ code: 'custom', path: ['standards', s, 'requirements', r, 'code'], message: `duplicate code ${requirement.code}` });
        }
        if (!requirement.code.startsWith(`${standard.slug}.`)) {
          ctx.addIssue({ code: 'custom', path: ['standards', s, 'requirements', r, 'code'], message: `${requirement.code} must start with ${standard.slug}.` });
        }
        codes.add(requirement.code);
      });
    });
  });
export type Catalogue = z.infer<typeof CatalogueSchema>;
