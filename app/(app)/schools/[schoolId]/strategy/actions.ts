'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/form-action';
import { AiDecisionsFieldsSchema } from '@/lib/ai-tools/ai-policy';
import { saveAiPolicy } from '@/lib/ai-tools/manage-ai-policy';
import { publishStrategy, saveStrategy } from '@/lib/strategy/manage-strategy';
import { SaveStrategySchema } from '@/lib/strategy/schemas';
import { requestStrategyPdf } from '@/lib/strategy/strategy-pdf';
import { idField, versionField } from '@/lib/validation/primitives';

const SaveStrategyFormSchema = SaveStrategySchema.extend({
  schoolId: idField,
  // "publish" saves, then goes on to the publishing check.
  intent: z.enum(['save', 'publish']).default('save'),
});

export const saveStrategyAction = formAction(SaveStrategyFormSchema, async ({ schoolId, version, intent, ...sections }, actor) => {
  await saveStrategy(actor, schoolId, version, sections);
  revalidatePath(`/schools/${schoolId}/strategy`);
  redirect(intent === 'publish' ? `/schools/${schoolId}/strategy/publish` : `/schools/${schoolId}/strategy?saved=1`);
});

// The editor saves the draft by itself when a field is left (components/strategy/strategy-form.tsx).
// No redirect and no revalidation, so what the person is typing stays put; the new version comes back.
export const autosaveStrategyAction = formAction(SaveStrategyFormSchema, async ({ schoolId, version, intent: _intent, ...sections }, actor) => {
  const saved = await saveStrategy(actor, schoolId, version, sections);
  return { status: 'success', message: 'Saved', data: { version: String(saved.version) } };
});

const PublishSchema = z.object({ schoolId: idField, version: versionField });

export const publishStrategyAction = formAction(PublishSchema, async ({ schoolId, version }, actor) => {
  const published = await publishStrategy(actor, schoolId, version);
  // Rendered by a background job, so governors have the file at once; if queueing fails, the first
  // download asks again.
  await requestStrategyPdf(published.id).catch((error) => console.error('[waypoint] Could not queue the strategy PDF', error));
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/strategy?published=${published.number}`);
});

const SaveAiPolicySchema = z.object({ schoolId: idField, version: versionField }).and(AiDecisionsFieldsSchema);

export const saveAiPolicyAction = formAction(SaveAiPolicySchema, async ({ schoolId, version, ...decisions }, actor) => {
  await saveAiPolicy(actor, schoolId, version, decisions);
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/strategy/ai?saved=1`);
});
