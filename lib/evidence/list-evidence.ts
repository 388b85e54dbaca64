import 'server-only';
import { formatIsoDate } from '@/lib/dates/format';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { readableEvidenceWhere } from './evidence-scope';
import { evidenceState, type EvidenceState } from './evidence-state';

// Reading a school's evidence. Every query carries readableEvidenceWhere, so governors get only
// what is shared with them and nobody gets another school's.

export type EvidenceRow = {
  id: string;
  kind: 'FILE' | 'LINK' | 'NOTE';
  title: string;
  producedOn: string;
  validUntil: string | null;
  state: EvidenceState;
  url: string | null;
  note: string | null;
  fileName: string | null;
  mediaType: string | null;
  byteSize: number;
  sharedWithGovernors: boolean;
  addedBy: string | null;
  createdAt: Date;
  withdrawn: boolean;
  version: number;
  targets: string[];
};

const SELECT = {
  id: true,
  kind: true,
  title: true,
  producedOn: true,
  validUntil: true,
  url: true,
  note: true,
  fileName: true,
  mediaType: true,
  byteSize: true,
  sharedWithGovernors: true,
  createdAt: true,
  withdrawnAt: true,
  version: true,
  addedBy: { select: { name: true } },
  links: { select: { target: true }, orderBy: { target: 'asc' } },
} as const;

type Selected = {
  id: string;
  kind: EvidenceRow['kind'];
  title: string;
  producedOn: Date;
  validUntil: Date | null;
  url: string | null;
  note: string | null;
  fileName: string | null;
  mediaType: string | null;
  byteSize: number;
  sharedWithGovernors: boolean;
  createdAt: Date;
  withdrawnAt: Date | null;
  version: number;
  addedBy: { name: string } | null;
  links: { target: string }[];
};

function toRow(item: Selected, today: string): EvidenceRow {
  const validUntil = item.validUntil ? formatIsoDate(item.validUntil) : null;
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    producedOn: formatIsoDate(item.producedOn),
    validUntil,
    state: evidenceState(validUntil, today),
    url: item.url,
    note: item.note,
    fileName: item.fileName,
    mediaType: item.mediaType,
    byteSize: item.byteSize,
    sharedWithGovernors: item.sharedWithGovernors,
    addedBy: item.addedBy?.name ?? null,
    createdAt: item.createdAt,
    withdrawn: Boolean(item.withdrawnAt),
    version: item.version,
    targets: item.links.map((l) => l.target),
  };
}

// A school keeps a few hundred items at most in practice; the page lists them all, newest first,
// capped so that no school can make the page unbounded.
export const EVIDENCE_LIST_LIMIT = 2_000;

export async function listEvidence(actor: Actor, schoolId: string, today: string): Promise<EvidenceRow[]> {
  const items = await prisma.evidenceItem.findMany({
    where: { AND: [readableEvidenceWhere(actor, schoolId), { withdrawnAt: null }] },
    select: SELECT,
    orderBy: [{ producedOn: 'desc' }, { createdAt: 'desc' }],
    take: EVIDENCE_LIST_LIMIT,
  });
  return items.map((item) => toRow(item as Selected, today));
}

/** One item, withdrawn ones included (a completed cycle may link to them). */
export async function getEvidence(actor: Actor, schoolId: string, evidenceId: string, today: string): Promise<EvidenceRow> {
  const item = await prisma.evidenceItem.findFirst({ where: { AND: [readableEvidenceWhere(actor, schoolId), { id: evidenceId }] }, select: SELECT });
  if (!item) throw notFound('That evidence');
  return toRow(item as Selected, today);
}

/** The items of a completed cycle's snapshot, by id. */
export async function getSnapshotEvidence(actor: Actor, schoolId: string, ids: readonly string[], today: string): Promise<Map<string, EvidenceRow>> {
  if (!ids.length) return new Map();
  const items = await prisma.evidenceItem.findMany({
    where: { AND: [readableEvidenceWhere(actor, schoolId), { id: { in: [...new Set(ids)] } }] },
    select: SELECT,
  });
  return new Map(items.map((item) => [item.id, toRow(item as Selected, today)]));
}

/** What backs each target (requirement code or framework item), live items only. */
export function byTarget(rows: readonly EvidenceRow[]): Map<string, EvidenceRow[]> {
  const map = new Map<string, EvidenceRow[]>();
  for (const row of rows) for (const target of row.targets) map.set(target, [...(map.get(target) ?? []), row]);
  return map;
}

export async function getEvidenceFile(actor: Actor, schoolId: string, evidenceId: string) {
  const item = await prisma.evidenceItem.findFirst({
    where: { AND: [readableEvidenceWhere(actor, schoolId), { id: evidenceId, kind: 'FILE' }] },
    select: { fileKey: true, fileName: true, mediaType: true },
  });
  if (!item?.fileKey) throw notFound('That file');
  return { key: item.fileKey, fileName: item.fileName ?? 'evidence', mediaType: item.mediaType ?? 'application/octet-stream' };
}
