import Link from 'next/link';
import { Badge } from '@/components/ui/page-header';
import { formatDate, parseIsoDate } from '@/lib/dates/format';
import { EVIDENCE_STATE_LABEL, type EvidenceState } from '@/lib/evidence/evidence-state';

export type EvidenceListItem = {
  id: string;
  kind: 'FILE' | 'LINK' | 'NOTE';
  title: string;
  producedOn: string;
  validUntil: string | null;
  state: EvidenceState;
  sharedWithGovernors: boolean;
  addedBy: string | null;
  backs: string[];
};

const KIND: Record<EvidenceListItem['kind'], string> = { FILE: 'File', LINK: 'Link', NOTE: 'Note' };
export const STATE_TONE: Record<EvidenceState, 'green' | 'amber' | 'red' | 'slate'> = { current: 'green', expiring: 'amber', expired: 'red', undated: 'slate' };

const day = (iso: string) => formatDate(parseIsoDate(iso));

export function EvidenceStateBadge({ state, validUntil }: { state: EvidenceState; validUntil: string | null }) {
  if (state === 'undated') return <Badge tone="slate">{EVIDENCE_STATE_LABEL.undated}</Badge>;
  return (
    <Badge tone={STATE_TONE[state]}>
      {state === 'expired' ? 'Expired' : state === 'expiring' ? 'Expires' : 'Valid until'} {validUntil ? day(validUntil) : ''}
    </Badge>
  );
}

// The school's evidence as a list of cards (they reflow on a phone, where a table would scroll).
export function EvidenceList({ items, href }: { items: EvidenceListItem[]; href: (id: string) => string }) {
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-lg font-bold text-slate-900">
              <Link href={href(item.id)}>{item.title}</Link>
            </h3>
            <EvidenceStateBadge state={item.state} validUntil={item.validUntil} />
          </div>
          <p className="mt-1 text-sm text-slate-700">
            {KIND[item.kind]}, produced {day(item.producedOn)}
            {item.addedBy ? `, added by ${item.addedBy}` : ''}
            {item.sharedWithGovernors ? '. Shared with governors' : ''}
          </p>
          {item.backs.length ? (
            <p className="mt-1 text-sm text-slate-800">
              <span className="font-semibold">Backs: </span>
              {item.backs.slice(0, 4).join('; ')}
              {item.backs.length > 4 ? ` and ${item.backs.length - 4} more` : ''}
            </p>
          ) : (
            <p className="mt-1 text-sm font-semibold text-amber-900">Not linked to any question yet.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
