'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { createAiTool, deleteAiTool, updateAiTool } from '@/lib/ai-tools/manage-ai-tools';
import { CreateAiToolSchema, DeleteAiToolSchema, UpdateAiToolSchema } from '@/lib/ai-tools/schemas';

function done(schoolId: string, query: string): never {
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/ai-tools?${query}`);
}

export const createAiToolAction = formAction(CreateAiToolSchema, async ({ schoolId, ...fields }, actor) => {
  const tool = await createAiTool(actor, schoolId, fields);
  done(schoolId, `added=${tool.id}`);
});

export const updateAiToolAction = formAction(UpdateAiToolSchema, async ({ schoolId, toolId, version, ...fields }, actor) => {
  await updateAiTool(actor, schoolId, toolId, version, fields);
  done(schoolId, `saved=${toolId}`);
});

export const deleteAiToolAction = formAction(DeleteAiToolSchema, async ({ schoolId, toolId, version }, actor) => {
  await deleteAiTool(actor, schoolId, toolId, version);
  done(schoolId, 'deleted=1');
});
