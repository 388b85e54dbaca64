import Link from 'next/link';
import { PHASE_LABEL, TYPE_LABEL, type SchoolPhase, type SchoolType } from '@/lib/schools/school-options';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';

export type SchoolRow = {
  id: string;
  name: string;
  urn: string;
  phase: SchoolPhase;
  type?: SchoolType;
  localAuthority: string;
  memberCount?: number;
};

export function SchoolTable({ schools, caption }: { schools: SchoolRow[]; caption: string }) {
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold text-slate-900">
              School
            </th>
            <th scope="col" className="px-4 py-3 font-semibold text-slate-900">
              URN
            </th>
            <th scope="col" className="px-4 py-3 font-semibold text-slate-900">
              Phase
            </th>
            <th scope="col" className="hidden px-4 py-3 font-semibold text-slate-900 md:table-cell">
              Type
            </th>
            <th scope="col" className="px-4 py-3 font-semibold text-slate-900">
              Local authority
            </th>
            {schools.some((s) => s.memberCount !== undefined) ? (
              <th scope="col" className="px-4 py-3 text-right font-semibold text-slate-900">
                People
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {schools.map((school) => (
            <tr key={school.id} className="hover:bg-slate-50">
              <th scope="row" className="px-4 py-3 font-semibold">
                <Link href={`/schools/${school.id}`}>{school.name}</Link>
              </th>
              <td className="px-4 py-3 tabular-nums text-slate-700">{school.urn}</td>
              <td className="px-4 py-3 text-slate-700">{PHASE_LABEL[school.phase]}</td>
              <td className="hidden px-4 py-3 text-slate-700 md:table-cell">{school.type ? TYPE_LABEL[school.type] : '—'}</td>
              <td className="px-4 py-3 text-slate-700">{school.localAuthority}</td>
              {school.memberCount !== undefined ? <td className="px-4 py-3 text-right tabular-nums text-slate-700">{school.memberCount}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
