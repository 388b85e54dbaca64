'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { confirmRegisterImport, previewRegisterImport } from '@/lib/registers/register-import';
import { createRegisterItem, deleteRegisterItem, updateRegisterItem, type RegisterOwner } from '@/lib/registers/manage-registers';
import {
  ConfirmRegisterImportSchema,
  CreateContractSchema,
  CreateKitSchema,
  DeleteRegisterItemSchema,
  PreviewRegisterImportSchema,
  UpdateContractSchema,
  UpdateKitSchema,
} from '@/lib/registers/schemas';

// Used by both the school's and the trust's register pages: the owner says which.
const registersPath = (owner: RegisterOwner) => (owner.kind === 'school' ? `/schools/${owner.id}/registers` : `/trusts/${owner.id}/registers`);

function done(owner: RegisterOwner, query: string): never {
  revalidatePath(owner.kind === 'school' ? `/schools/${owner.id}` : `/trusts/${owner.id}`, 'layout');
  redirect(`${registersPath(owner)}?${query}`);
}

export const createContractAction = formAction(CreateContractSchema, async ({ ownerKind, ownerId, coveredSchoolIds, ...fields }, actor) => {
  const { owner } = await createRegisterItem(actor, { kind: ownerKind, id: ownerId }, { register: 'contract', fields }, coveredSchoolIds);
  done(owner, 'saved=contract');
});

export const updateContractAction = formAction(UpdateContractSchema, async ({ itemId, version, coveredSchoolIds, ...fields }, actor) => {
  const owner = await updateRegisterItem(actor, itemId, version, { register: 'contract', fields }, coveredSchoolIds);
  done(owner, 'saved=contract');
});

export const createKitAction = formAction(CreateKitSchema, async ({ ownerKind, ownerId, coveredSchoolIds, ...fields }, actor) => {
  const { owner } = await createRegisterItem(actor, { kind: ownerKind, id: ownerId }, { register: 'kit', fields }, coveredSchoolIds);
  done(owner, 'saved=kit');
});

export const updateKitAction = formAction(UpdateKitSchema, async ({ itemId, version, coveredSchoolIds, ...fields }, actor) => {
  const owner = await updateRegisterItem(actor, itemId, version, { register: 'kit', fields }, coveredSchoolIds);
  done(owner, 'saved=kit');
});

export const deleteRegisterItemAction = formAction(DeleteRegisterItemSchema, async ({ register, itemId, version }, actor) => {
  const owner = await deleteRegisterItem(actor, register, itemId, version);
  done(owner, 'deleted=1');
});

export const previewRegisterImportAction = formAction(PreviewRegisterImportSchema, async ({ ownerKind, ownerId, register, file }, actor) => {
  const owner: RegisterOwner = { kind: ownerKind, id: ownerId };
  const importId = await previewRegisterImport(actor, owner, register, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  redirect(`${registersPath(owner)}/import/${importId}`);
});

export const confirmRegisterImportAction = formAction(ConfirmRegisterImportSchema, async ({ registerImportId }, actor) => {
  const { owner, count } = await confirmRegisterImport(actor, registerImportId);
  done(owner, `imported=${count}`);
});
