'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/form-action';
import { setSchoolArchived } from '@/lib/schools/archive-school';
import { setDigitalRoles } from '@/lib/schools/digital-roles';
import { DigitalRolesSchema, UpdateSchoolSchema } from '@/lib/schools/schemas';
import { updateSchool } from '@/lib/schools/update-school';
import { idField } from '@/lib/validation/primitives';

export const updateSchoolAction = formAction(UpdateSchoolSchema, async ({ schoolId, ...details }, actor) => {
  await updateSchool(actor, schoolId, details);
  revalidatePath('/', 'layout');
  return { status: 'success', message: 'School details saved.' };
});

const ArchiveSchema = z.object({ schoolId: idField, archive: z.enum(['true', 'false']) });

export const setSchoolArchivedAction = formAction(ArchiveSchema, async ({ schoolId, archive }, actor) => {
  await setSchoolArchived(actor, schoolId, archive === 'true');
  revalidatePath('/', 'layout');
  redirect(`/schools/${schoolId}/edit?${archive === 'true' ? 'archived' : 'restored'}=1`);
});

export const setDigitalRolesAction = formAction(DigitalRolesSchema, async ({ schoolId, ...roles }, actor) => {
  await setDigitalRoles(actor, schoolId, roles);
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/digital-leadership?saved=1`);
});
