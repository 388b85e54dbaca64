import { z } from 'zod';
import { idField } from '@/lib/validation/primitives';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_TEXT } from './limits';

const giasFile = z
  .instanceof(File, { error: 'Choose a GIAS file to upload' })
  .refine((file) => file.size > 0, 'Choose a GIAS file to upload')
  .refine(
    (file) => file.size <= MAX_UPLOAD_BYTES,
    `The file must be smaller than ${MAX_UPLOAD_TEXT}. Download only open schools from GIAS, or use the command line`,
  )
  .refine((file) => /\.(csv|txt)$/i.test(file.name), 'The file must be a CSV file, as downloaded from Get Information About Schools');

export const UploadTrustGiasSchema = z.object({ trustId: idField, file: giasFile });
export const UploadPlatformGiasSchema = z.object({ file: giasFile });

const planHash = z.string().regex(/^[0-9a-f]{64}$/, 'Reload the page and try again');
export const ApplyTrustGiasSchema = z.object({ trustId: idField, importId: idField, planHash });
export const ApplyPlatformGiasSchema = z.object({ importId: idField, planHash });

// "By trust in the file" or "by a list of URNs", as the preview's choice offers.
export const ChooseGiasMatchSchema = z
  .object({
    trustId: idField,
    importId: idField,
    by: z.enum(['trust', 'urns'], { error: 'Choose how to find your schools' }),
    trustCode: z.string().trim().max(40).optional(),
    urns: z.string().max(20_000, 'List at most 1,000 URNs').optional(),
  })
  .transform((input, context) => {
    if (input.by === 'trust') {
      if (!input.trustCode) context.addIssue({ code: 'custom', path: ['trustCode'], message: 'Choose your trust' });
      return { ...input, match: { trustCode: input.trustCode ?? '' } as { trustCode: string } | { urns: string[] } };
    }
    const urns = [...new Set((input.urns ?? '').split(/[\s,;]+/).filter(Boolean))];
    const bad = urns.filter((urn) => !/^\d{6}$/.test(urn));
    if (urns.length === 0) context.addIssue({ code: 'custom', path: ['urns'], message: 'Enter the URNs of your schools' });
    else if (bad.length > 0) context.addIssue({ code: 'custom', path: ['urns'], message: `URNs are 6 digits: check ${bad.slice(0, 3).join(', ')}` });
    else if (urns.length > 1000) context.addIssue({ code: 'custom', path: ['urns'], message: 'List at most 1,000 URNs' });
    return { ...input, match: { urns } as { trustCode: string } | { urns: string[] } };
  });
