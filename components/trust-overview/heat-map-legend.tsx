import { MATURITY_LABEL, type Maturity } from '@/lib/assessment/scoring';
import { HEAT_CLASS, LEVEL } from './heat-map-table';

export function HeatMapLegend() {
  const items: Maturity[] = ['EMERGING', 'DEVELOPING', 'ESTABLISHED', 'MEETS_STANDARD'];
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-slate-800" aria-label="Key to the colours">
      {items.map((maturity) => (
        <li key={maturity} className="flex items-center gap-2">
          <span className={`inline-flex h-6 w-8 items-center justify-center rounded text-[11px] font-semibold ${HEAT_CLASS[maturity]}`}>
            L{LEVEL[maturity]}
          </span>
          {MATURITY_LABEL[maturity]}
        </li>
      ))}
      <li className="flex items-center gap-2">
        <span className="inline-flex h-6 w-8 items-center justify-center rounded border border-slate-200 bg-white text-slate-500">·</span>
        No completed assessment
      </li>
    </ul>
  );
}
