'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { applyGiasImport, chooseGiasMatch, createGiasImport } from '@/lib/gias/gias-import';
import { ApplyTrustGiasSchema, ChooseGiasMatchSchema, UploadTrustGiasSchema } from '@/lib/gias/schemas';

export const uploadTrustGiasAction = formAction(UploadTrustGiasSchema, async ({ trustId, file }, actor) => {
  const created = await createGiasImport(actor, { kind: 'trust', trustId }, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  redirect(`/trusts/${trustId}/schools/import/${created.id}`);
});

export const chooseGiasMatchAction = formAction(ChooseGiasMatchSchema, async ({ trustId, importId, match }, actor) => {
  await chooseGiasMatch(actor, { kind: 'trust', trustId }, importId, match);
  redirect(`/trusts/${trustId}/schools/import/${importId}`);
});

export const applyTrustGiasAction = formAction(ApplyTrustGiasSchema, async ({ trustId, importId, planHash }, actor) => {
  await applyGiasImport(actor, { kind: 'trust', trustId }, importId, planHash);
  revalidatePath(`/trusts/${trustId}`);
  redirect(`/trusts/${trustId}/schools/import/${importId}?applied=1`);
});
