import Link from 'next/link';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PageHeader } from '@/components/ui/page-header';
import type { FormAction } from '@/lib/actions/form-state';
import type { Contract, KitItem } from '@/lib/generated/prisma/client.ts';
import { CONTRACT_FIELDS, contractDefaults, KIT_FIELDS, kitDefaults } from './register-fields';
import { RegisterItemForm } from './register-item-form';

// Editing one register item, a school's or a trust's: the form, and deleting it after asking
// (`?delete=1` shows the question, naming the item).
export function RegisterItemEditor({
  item,
  back,
  asking,
  schools,
  deleteNote,
  actions,
}: {
  item: Contract | KitItem;
  back: string;
  asking: boolean;
  schools?: Array<{ id: string; name: string }>;
  deleteNote: string;
  actions: { updateContract: FormAction; updateKit: FormAction; delete: FormAction };
}) {
  const contract = 'supplier' in item;
  const name = contract ? item.supplier : item.makeModel;
  return (
    <>
      <PageHeader title={contract ? `Contract: ${name}` : `Kit: ${name}`} />
      <RegisterItemForm
        action={contract ? actions.updateContract : actions.updateKit}
        hidden={{ itemId: item.id, version: String(item.version) }}
        fields={contract ? CONTRACT_FIELDS : KIT_FIELDS}
        defaults={contract ? contractDefaults(item) : kitDefaults(item)}
        schools={schools ? { options: schools, covered: item.coveredSchoolIds } : undefined}
        submitLabel="Save changes"
      />
      <section className="mt-10 max-w-3xl rounded-lg border border-red-200 bg-red-50 p-4">
        <h2 className="text-lg font-bold text-red-900">{asking ? `Delete ${name}?` : 'Delete this item'}</h2>
        <p className="mb-3 text-sm text-slate-800">{deleteNote} The audit log keeps a record of what it said.</p>
        {asking ? (
          <ConfirmForm
            action={actions.delete}
            hidden={{ register: contract ? 'contract' : 'kit', itemId: item.id, version: String(item.version) }}
            confirmLabel="Delete it"
            pendingLabel="Deleting…"
            cancelHref={back}
          />
        ) : (
          <Link href="?delete=1" className="font-semibold text-red-800">
            Delete this item…
          </Link>
        )}
      </section>
      <p className="mt-6">
        <Link href={back}>Go back to the registers</Link>
      </p>
    </>
  );
}
