'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { createTrainingRecord, deleteTrainingRecord, importTrainingRecords, updateTrainingRecord } from '@/lib/evidence/manage-training';
import { CreateTrainingSchema, DeleteTrainingSchema, ImportTrainingSchema, UpdateTrainingSchema } from '@/lib/evidence/training-schemas';

function done(schoolId: string, query: string): never {
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/training?${query}`);
}

export const createTrainingAction = formAction(CreateTrainingSchema, async ({ schoolId, ...fields }, actor) => {
  await createTrainingRecord(actor, schoolId, fields);
  done(schoolId, 'training=added');
});

export const updateTrainingAction = formAction(UpdateTrainingSchema, async ({ schoolId, recordId, version, ...fields }, actor) => {
  await updateTrainingRecord(actor, schoolId, recordId, version, fields);
  done(schoolId, 'training=saved');
});

export const deleteTrainingAction = formAction(DeleteTrainingSchema, async ({ schoolId, recordId, version }, actor) => {
  await deleteTrainingRecord(actor, schoolId, recordId, version);
  done(schoolId, 'training=deleted');
});

export const importTrainingAction = formAction(ImportTrainingSchema, async ({ schoolId, file }, actor) => {
  const { added, updated } = await importTrainingRecords(actor, schoolId, new Uint8Array(await file.arrayBuffer()));
  done(schoolId, `imported=${added}&updated=${updated}`);
});
