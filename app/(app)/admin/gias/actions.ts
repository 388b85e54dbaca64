'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { applyGiasImport, createGiasImport } from '@/lib/gias/gias-import';
import { ApplyPlatformGiasSchema, UploadPlatformGiasSchema } from '@/lib/gias/schemas';

export const uploadPlatformGiasAction = formAction(UploadPlatformGiasSchema, async ({ file }, actor) => {
  const created = await createGiasImport(actor, { kind: 'platform' }, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  redirect(`/admin/gias/${created.id}`);
});

export const applyPlatformGiasAction = formAction(ApplyPlatformGiasSchema, async ({ importId, planHash }, actor) => {
  await applyGiasImport(actor, { kind: 'platform' }, importId, planHash);
  revalidatePath('/admin');
  redirect(`/admin/gias/${importId}?applied=1`);
});
