import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { SKIP_REASON_TEXT, type SkipReason } from '@/lib/gias/map-gias-row';
import type { GiasPlan, SchoolField } from '@/lib/gias/plan-gias-import';
import { PREVIEW_ROWS } from '@/lib/gias/limits';
import { PHASE_LABEL, TYPE_LABEL, type SchoolPhase, type SchoolType } from '@/lib/schools/school-options';

const FIELD_LABEL: Record<SchoolField, string> = {
  name: 'Name',
  phase: 'Phase',
  type: 'Type',
  giasType: 'GIAS type',
  localAuthority: 'Local authority',
  pupilCount: 'Pupils',
  postcode: 'Postcode',
};

function shown(field: SchoolField, value: string | number | null): string {
  if (value === null || value === '') return 'none';
  if (field === 'phase') return PHASE_LABEL[value as SchoolPhase] ?? String(value);
  if (field === 'type') return TYPE_LABEL[value as SchoolType] ?? String(value);
  return String(value);
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

function More({ total }: { total: number }) {
  if (total <= PREVIEW_ROWS) return null;
  return (
    <p className="mt-2 text-sm text-slate-700">
      Showing the first {PREVIEW_ROWS} of {total.toLocaleString('en-GB')}. All of them are imported.
    </p>
  );
}

// What confirming would do, before anything is written.
export function GiasPreview({ plan, scope }: { plan: GiasPlan; scope: 'trust' | 'platform' }) {
  const skippedTotal = Object.values(plan.skippedByReason).reduce((sum, count) => sum + (count ?? 0), 0);
  const reasons = (Object.entries(plan.skippedByReason) as Array<[SkipReason, number]>).sort((a, b) => b[1] - a[1]);
  return (
    <div className="space-y-8">
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[
          ['Schools to add', plan.create.length],
          ['Schools to update', plan.update.length],
          ['Already up to date', plan.unchanged],
          [scope === 'trust' ? 'Rows left out' : 'Rows skipped', skippedTotal],
          ...(scope === 'platform' ? ([['Trusts to create', plan.trustsToCreate.length]] as const) : []),
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-2xl font-bold text-slate-900 tabular-nums">{Number(value).toLocaleString('en-GB')}</dd>
          </div>
        ))}
      </dl>

      {plan.create.length > 0 ? (
        <section aria-labelledby="create-heading">
          <h2 id="create-heading" className="mb-3 text-xl font-bold text-slate-900">
            {plural(plan.create.length, 'school', 'schools')} to add
          </h2>
          <div className={TABLE_SCROLL}>
            <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
              <caption className="sr-only">Schools to add</caption>
              <thead className="bg-slate-50">
                <tr>
                  {['School', 'URN', 'Phase', 'Local authority', 'Pupils', ...(scope === 'platform' ? ['Trust'] : [])].map((heading) => (
                    <th key={heading} scope="col" className="px-4 py-3 font-semibold">
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {plan.create.slice(0, PREVIEW_ROWS).map((school) => (
                  <tr key={school.urn}>
                    <th scope="row" className="px-4 py-2 font-semibold">
                      {school.name}
                      <span className="block text-xs font-normal text-slate-600">{school.giasType}</span>
                    </th>
                    <td className="px-4 py-2 tabular-nums">{school.urn}</td>
                    <td className="px-4 py-2">{PHASE_LABEL[school.phase]}</td>
                    <td className="px-4 py-2">{school.localAuthority}</td>
                    <td className="px-4 py-2 tabular-nums">{school.pupilCount ?? '—'}</td>
                    {scope === 'platform' ? <td className="px-4 py-2">{school.trustName ?? 'Standalone'}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <More total={plan.create.length} />
        </section>
      ) : null}

      {plan.update.length > 0 ? (
        <section aria-labelledby="update-heading">
          <h2 id="update-heading" className="mb-3 text-xl font-bold text-slate-900">
            {plural(plan.update.length, 'school', 'schools')} to update
          </h2>
          <div className={TABLE_SCROLL}>
            <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
              <caption className="sr-only">Schools to update, with what changes</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    School
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    What changes
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {plan.update.slice(0, PREVIEW_ROWS).map((row) => (
                  <tr key={row.schoolId}>
                    <th scope="row" className="px-4 py-2 align-top font-semibold">
                      {row.school.name} <span className="font-normal tabular-nums text-slate-600">({row.school.urn})</span>
                    </th>
                    <td className="px-4 py-2">
                      <ul className="space-y-1">
                        {row.changes.map((change) => (
                          <li key={change.field}>
                            {FIELD_LABEL[change.field]}: <del className="text-slate-600">{shown(change.field, change.from)}</del> →{' '}
                            <ins className="no-underline font-semibold">{shown(change.field, change.to)}</ins>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <More total={plan.update.length} />
        </section>
      ) : null}

      {scope === 'platform' && plan.trustsToCreate.length > 0 ? (
        <section aria-labelledby="trusts-heading">
          <h2 id="trusts-heading" className="mb-3 text-xl font-bold text-slate-900">
            {plural(plan.trustsToCreate.length, 'trust', 'trusts')} to create
          </h2>
          <ul className="columns-1 text-sm sm:columns-2">
            {plan.trustsToCreate.slice(0, PREVIEW_ROWS).map((trust) => (
              <li key={trust.giasCode}>
                {trust.name} <span className="text-slate-600">({plural(trust.schoolCount, 'school', 'schools')})</span>
              </li>
            ))}
          </ul>
          <More total={plan.trustsToCreate.length} />
        </section>
      ) : null}

      {skippedTotal > 0 ? (
        <section aria-labelledby="skipped-heading">
          <h2 id="skipped-heading" className="mb-3 text-xl font-bold text-slate-900">
            {scope === 'trust' ? 'Rows left out' : 'Rows skipped'}
          </h2>
          <ul className="mb-4 space-y-1">
            {reasons.map(([reason, count]) => (
              <li key={reason}>
                {SKIP_REASON_TEXT[reason]}: <span className="font-semibold tabular-nums">{count.toLocaleString('en-GB')}</span>
              </li>
            ))}
          </ul>
          {plan.skipped.length > 0 ? (
            <>
              <div className={TABLE_SCROLL}>
                <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
                  <caption className="sr-only">Rows that will not be imported, and why</caption>
                  <thead className="bg-slate-50">
                    <tr>
                      {['Line', 'URN', 'Name', 'Why'].map((heading) => (
                        <th key={heading} scope="col" className="px-4 py-3 font-semibold">
                          {heading}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {plan.skipped.slice(0, PREVIEW_ROWS).map((row) => (
                      <tr key={`${row.line}-${row.urn}`}>
                        <td className="px-4 py-2 tabular-nums">{row.line || '—'}</td>
                        <td className="px-4 py-2 tabular-nums">{row.urn || '—'}</td>
                        <td className="px-4 py-2">{row.name || '—'}</td>
                        <td className="px-4 py-2">{SKIP_REASON_TEXT[row.reason]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <More total={plan.skipped.length} />
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
