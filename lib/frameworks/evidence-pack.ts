import 'server-only';
import { createHash } from 'node:crypto';
import { ANSWER_LABEL, type AnswerValue } from '@/lib/assessment/answer-options';
import { formatDate, londonToday, parseIsoDate } from '@/lib/dates/format';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import { EVIDENCE_STATE_LABEL } from '@/lib/evidence/evidence-state';
import { slugForFile } from '@/lib/http/file-response';
import { QUEUES } from '@/lib/jobs/queues';
import { RESULT_WAIT_MS, requestJobOnce, waitForStored } from '@/lib/jobs/stored-result';
import { readAll, zipStream, type ZipEntry } from '@/lib/pdf/zip';
import { fileStore, newFileKey } from '@/lib/storage/file-store';
import type { Actor } from '@/lib/tenancy/actor';
import { getSchool } from '@/lib/schools/get-school';
import { CROSSWALK } from './crosswalk';
import { evidenceFor, getSchoolReadiness } from './get-school-readiness';
import { ITEM_STATUS_LABEL, readinessSentence } from './readiness';
import { requirementTitle } from './requirement-titles';

// One download per framework: a zip whose index.html lists each item, the answers it maps to and
// its evidence, with the evidence files beside it. What goes in is fixed when someone asks (the
// content, stored), and a background job zips it; the same evidence and answers give the same pack.

export type PackFile = { key: string; path: string };
export type PackContent = {
  school: string;
  framework: { id: string; title: string; edition: string; sourceUrl: string };
  day: string;
  summary: string;
  items: Array<{
    title: string;
    status: string;
    next: string;
    answers: Array<{ title: string; answer: string }>;
    evidence: Array<{
      title: string;
      kind: string;
      produced: string;
      validUntil: string | null;
      state: string;
      path: string | null;
      url: string | null;
      note: string | null;
    }>;
  }>;
  files: PackFile[];
};

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The contents page: plain HTML with no scripts, opened from the unzipped folder. */
export function packIndexHtml(content: PackContent): string {
  const items = content.items
    .map((item) => {
      const answers = item.answers.length
        ? `<ul>${item.answers.map((a) => `<li>${escape(a.title)}: <strong>${escape(a.answer)}</strong></li>`).join('')}</ul>`
        : '<p>No self-assessment question maps to this: the evidence alone shows it.</p>';
      const evidence = item.evidence.length
        ? `<ul>${item.evidence
            .map((e) => {
              const what = e.path
                ? `<a href="${escape(e.path)}">${escape(e.title)}</a>`
                : e.url
                  ? `${escape(e.title)} (<a href="${escape(e.url)}">${escape(e.url)}</a>)`
                  : escape(e.title);
              const dates = `produced ${escape(e.produced)}${e.validUntil ? `, valid until ${escape(e.validUntil)}` : ''} (${escape(e.state)})`;
              return `<li>${what}: ${dates}${e.note ? `<br>${escape(e.note)}` : ''}</li>`;
            })
            .join('')}</ul>`
        : '<p><strong>No evidence yet.</strong></p>';
      return `<section><h2>${escape(item.title)}</h2><p>Status: <strong>${escape(item.status)}</strong>. ${escape(item.next)}</p><h3>Answers</h3>${answers}<h3>Evidence</h3>${evidence}</section>`;
    })
    .join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(content.framework.title)}: ${escape(content.school)}</title><style>body{font-family:Arial,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#0b0c0c}section{border-top:1px solid #b1b4b6;margin-top:1.5rem}h3{font-size:1rem;margin-bottom:0}</style></head><body><h1>${escape(content.framework.title)}</h1><p>${escape(content.school)}. Evidence pack made by Waypoint on ${escape(content.day)}.</p><p><strong>${escape(content.summary)}.</strong></p><p>Framework: ${escape(content.framework.edition)}, <a href="${escape(content.framework.sourceUrl)}">${escape(content.framework.sourceUrl)}</a></p>${items}</body></html>`;
}

export async function buildPackContent(actor: Actor, schoolId: string, frameworkId: string, now = new Date()) {
  const framework = CROSSWALK.frameworks.find((f) => f.id === frameworkId);
  if (!framework) throw notFound('That framework');
  const school = await getSchool(actor, schoolId, 'evidence:read');
  const today = londonToday(now);
  const readiness = await getSchoolReadiness(actor, school.id, today);
  const result = readiness.frameworks.find((f) => f.framework.id === framework.id)!;
  const files: PackFile[] = [];
  const pathOf = new Map<string, string>();
  const fileIds = await prisma.evidenceItem.findMany({
    where: { schoolId: school.id, id: { in: readiness.evidence.map((e) => e.id) }, kind: 'FILE' },
    select: { id: true, fileKey: true },
  });
  const keyOf = new Map(fileIds.map((f) => [f.id, f.fileKey]));
  const content: PackContent = {
    school: school.name,
    framework: { id: framework.id, title: framework.title, edition: framework.edition, sourceUrl: framework.sourceUrl },
    day: formatDate(parseIsoDate(today)),
    summary: readinessSentence(result, 'items'),
    items: result.items.map((item) => ({
      title: item.item.title,
      status: ITEM_STATUS_LABEL[item.status],
      next: item.next,
      answers: item.item.requirementCodes.map((code) => ({
        title: requirementTitle(code),
        answer: readiness.answers.get(code) ? ANSWER_LABEL[readiness.answers.get(code) as AnswerValue] : 'Not answered',
      })),
      evidence: evidenceFor(readiness.backing, item.target, item.item.requirementCodes).map((row) => {
        let path: string | null = null;
        const key = keyOf.get(row.id);
        if (row.kind === 'FILE' && key) {
          path = pathOf.get(row.id) ?? null;
          if (!path) {
            const extension = /\.([a-z0-9]+)$/i.exec(row.fileName ?? '')?.[1] ?? 'bin';
            path = `evidence/${String(files.length + 1).padStart(2, '0')}-${slugForFile(row.title) || 'evidence'}.${extension}`;
            pathOf.set(row.id, path);
            files.push({ key, path });
          }
        }
        return {
          title: row.title,
          kind: row.kind,
          produced: formatDate(parseIsoDate(row.producedOn)),
          validUntil: row.validUntil ? formatDate(parseIsoDate(row.validUntil)) : null,
          state: EVIDENCE_STATE_LABEL[row.state],
          path,
          url: row.url,
          note: row.note,
        };
      }),
    })),
    files,
  };
  const key = createHash('sha256')
    .update(JSON.stringify([school.id, CROSSWALK.version, content]))
    .digest('hex');
  return { school, framework, content, key, today };
}

export async function storeEvidencePack(packId: string): Promise<void> {
  const pack = await prisma.evidencePack.findUnique({ where: { id: packId }, select: { schoolId: true, content: true, fileKey: true } });
  if (!pack || pack.fileKey) return;
  const content = pack.content as PackContent;
  const store = fileStore();
  async function* entries(): AsyncGenerator<ZipEntry> {
    yield { name: 'index.html', data: new TextEncoder().encode(packIndexHtml(content)) };
    for (const file of content.files) {
      const bytes = await store.get(file.key);
      // A file deleted since the pack was asked for is left out; deleting evidence drops its packs anyway.
      if (bytes) yield { name: file.path, data: bytes };
    }
  }
  const zip = await readAll(zipStream(entries()));
  const key = newFileKey('packs', pack.schoolId);
  await store.put(key, zip, 'application/zip');
  const saved = await prisma.evidencePack.updateMany({ where: { id: packId, fileKey: null }, data: { fileKey: key } });
  if (saved.count !== 1) await store.remove([key]);
}

export function packFileName(school: string, framework: string, day: string) {
  return `${slugForFile(school)}-${slugForFile(framework)}-evidence-${day}.zip`;
}

export async function getEvidencePack(actor: Actor, schoolId: string, frameworkId: string, options: { waitMs?: number; now?: Date } = {}) {
  const { school, framework, content, key, today } = await buildPackContent(actor, schoolId, frameworkId, options.now);
  const pack = await prisma.$transaction(async (tx) => {
    const found = await tx.evidencePack.findUnique({ where: { key }, select: { id: true } });
    if (found) return found;
    // Older packs of this framework are superseded; their files go with them (below).
    const stale = await tx.evidencePack.findMany({ where: { schoolId: school.id, framework: framework.id }, select: { id: true, fileKey: true } });
    await tx.evidencePack.deleteMany({ where: { id: { in: stale.map((s) => s.id) } } });
    const created = await tx.evidencePack.upsert({
      where: { key },
      create: { schoolId: school.id, framework: framework.id, key, requestedById: actor.userId, content },
      update: {},
      select: { id: true },
    });
    const staleKeys = stale.flatMap((s) => (s.fileKey ? [s.fileKey] : []));
    if (staleKeys.length)
      await fileStore()
        .remove(staleKeys)
        .catch(() => undefined);
    return created;
  });
  const zip = await waitForStored(
    async () => {
      const row = await prisma.evidencePack.findUnique({ where: { id: pack.id }, select: { fileKey: true } });
      return row?.fileKey ? await fileStore().get(row.fileKey) : null;
    },
    () => requestJobOnce(QUEUES.evidencePack, `evidence-pack:${pack.id}`, { packId: pack.id }),
    options.waitMs ?? RESULT_WAIT_MS,
  );
  return { zip, filename: packFileName(school.name, framework.shortTitle, today) };
}
