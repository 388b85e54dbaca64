'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { SetFinancialYearSchema, setTrustFinancialYear } from '@/lib/trusts/set-financial-year';

export const setTrustFinancialYearAction = formAction(SetFinancialYearSchema, async ({ trustId, financialYearStart }, actor) => {
  await setTrustFinancialYear(actor, trustId, financialYearStart);
  revalidatePath(`/trusts/${trustId}`, 'layout');
  redirect(`/trusts/${trustId}/registers?saved=year`);
});
