import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import type { RowProblem } from '@/lib/registers/check-register-rows';

// Row by row, what is wrong, in the file's own column names, so the person can find and fix it.
export function ImportProblems({ problems }: { problems: RowProblem[] }) {
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Problems found in the file</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Row
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Column
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              What is wrong
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {problems.map((p, i) => (
            <tr key={`${p.row}-${p.column}-${i}`}>
              <td className="px-4 py-3 tabular-nums">{p.row}</td>
              <td className="px-4 py-3">{p.column}</td>
              <td className="px-4 py-3">{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
