'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { returnPath } from '@/lib/evidence/return-path';
import { createEvidence, deleteEvidence, updateEvidence } from '@/lib/evidence/manage-evidence';
import { CreateEvidenceSchema, DeleteEvidenceSchema, UpdateEvidenceSchema } from '@/lib/evidence/schemas';

function done(schoolId: string, back: string | null, query: string): never {
  revalidatePath(`/schools/${schoolId}`, 'layout');
  const to = back ?? `/schools/${schoolId}/evidence`;
  redirect(`${to}${to.includes('?') ? '&' : '?'}${query}`);
}

export const createEvidenceAction = formAction(CreateEvidenceSchema, async ({ schoolId, back, ...input }, actor) => {
  await createEvidence(actor, schoolId, input);
  done(schoolId, returnPath(schoolId, back), 'evidence=added');
});

export const updateEvidenceAction = formAction(UpdateEvidenceSchema, async ({ schoolId, evidenceId, version, back, ...input }, actor) => {
  const id = await updateEvidence(actor, schoolId, evidenceId, version, input);
  done(schoolId, returnPath(schoolId, back) ?? `/schools/${schoolId}/evidence/${id}`, 'evidence=saved');
});

export const deleteEvidenceAction = formAction(DeleteEvidenceSchema, async ({ schoolId, evidenceId, version }, actor) => {
  const { withdrawn } = await deleteEvidence(actor, schoolId, evidenceId, version);
  done(schoolId, null, withdrawn ? 'evidence=withdrawn' : 'evidence=deleted');
});
