import { z } from 'zod';
import { idField, versionField } from '@/lib/validation/primitives';
import { REVIEW_RATINGS } from './review';

// One review form for the whole cycle: for each goal and platform, fields named
// "<field>:<GOAL|CONTRACT>:<id>". A subject with no rating is left unreviewed.
const KEY = /^(rating|adoption|note|links|version):(GOAL|CONTRACT):([a-z0-9]{1,64})$/i;

export type ReviewInput = {
  subject: 'GOAL' | 'CONTRACT';
  subjectId: string;
  rating: (typeof REVIEW_RATINGS)[number];
  adoption: number | null;
  note: string;
  evidenceLinks: string[];
  version: number;
};

const link = z.url({ protocol: /^https?$/, error: 'Each evidence link must be a web address starting https://' });

export const SavePurposeReviewSchema = z
  .object({ schoolId: idField, assessmentId: idField })
  .catchall(z.union([z.string(), z.array(z.string())]))
  .transform((form, ctx) => {
    const rows = new Map<string, Record<string, string>>();
    for (const [key, raw] of Object.entries(form)) {
      const match = KEY.exec(key);
      if (!match) continue;
      const value = Array.isArray(raw) ? raw.join('\n') : raw;
      const id = `${match[2]!.toUpperCase()}:${match[3]}`;
      rows.set(id, { ...rows.get(id), [match[1]!.toLowerCase()]: value });
    }
    const entries: ReviewInput[] = [];
    for (const [id, row] of rows) {
      const [subject, subjectId] = id.split(':') as ['GOAL' | 'CONTRACT', string];
      const path = (field: string) => [`${field}:${subject}:${subjectId}`];
      const rating = (row.rating ?? '').trim();
      if (!rating) continue;
      if (!(REVIEW_RATINGS as readonly string[]).includes(rating)) {
        ctx.addIssue({ code: 'custom', path: path('rating'), message: 'Choose a rating from the list' });
        continue;
      }
      const adoptionText = (row.adoption ?? '').trim().replace(/%$/, '');
      const adoption = adoptionText === '' ? null : Number(adoptionText);
      if (subject === 'CONTRACT' && (adoption === null || !Number.isInteger(adoption) || adoption < 0 || adoption > 100)) {
        ctx.addIssue({ code: 'custom', path: path('adoption'), message: 'Enter the share of staff or classes using it, a whole number from 0 to 100' });
        continue;
      }
      const note = (row.note ?? '').trim();
      if (note.length > 600) ctx.addIssue({ code: 'custom', path: path('note'), message: 'The note must be 600 characters or fewer' });
      const links = (row.links ?? '')
        .split(/\s+/)
        .map((l) => l.trim())
        .filter(Boolean);
      if (links.length > 5) ctx.addIssue({ code: 'custom', path: path('links'), message: 'Add up to 5 evidence links' });
      if (links.some((l) => !link.safeParse(l).success))
        ctx.addIssue({ code: 'custom', path: path('links'), message: 'Each evidence link must be a web address starting https://' });
      const version = versionField.safeParse(row.version ?? '0');
      entries.push({
        subject,
        subjectId,
        rating: rating as ReviewInput['rating'],
        adoption: subject === 'CONTRACT' ? adoption : null,
        note,
        evidenceLinks: links,
        version: version.success ? version.data : 0,
      });
    }
    if (entries.length === 0 && ctx.issues.length === 0) ctx.addIssue({ code: 'custom', path: ['review'], message: 'Rate at least one goal or platform' });
    return { schoolId: form.schoolId, assessmentId: form.assessmentId, entries };
  });
