// Demo evidence for Riverside Primary, so Evidence and Readiness show something real on first
// start: a backup restore test (current), a Police CyberAlarm registration, a response plan, last
// year's filtering review (expired, so its answer is flagged), and training records with gaps.
import type { PrismaClient } from '../lib/generated/prisma/client.ts';
import { simplePdf } from '../lib/evidence/simple-pdf.ts';

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function seedDemoEvidence(prisma: PrismaClient, input: { riversideId: string; leaderId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const ago = (days: number) => isoDay(new Date(now.getTime() - days * DAY));
  const ahead = (days: number) => isoDay(new Date(now.getTime() + days * DAY));
  const schoolId = input.riversideId;
  const files = [
    {
      key: `evidence/${schoolId}/demo-backup-restore-test`,
      title: 'Backup restore test, autumn term',
      fileName: 'backup-restore-test.pdf',
      producedOn: ago(20),
      validUntil: ahead(345),
      targets: ['cyber-security.backup.restore-tested', 'cyber-security.backup.off-site', 'rpa-cyber-cover:offline-backups'],
      lines: [
        'Backup restore test',
        `Riverside Primary Academy, ${ago(20)}`,
        'Restored the MIS database and staff shared drive from the offline copy.',
        'Time to restore: 2 hours 10 minutes. Result: pass.',
      ],
    },
    {
      key: `evidence/${schoolId}/demo-response-plan`,
      title: 'Cyber incident response plan',
      fileName: 'cyber-response-plan.pdf',
      producedOn: ago(60),
      validUntil: ahead(20),
      targets: ['cyber-security.response.plan', 'rpa-cyber-cover:response-plan'],
      lines: ['Cyber incident response plan', 'Riverside Primary Academy', 'Who to call: IT support, the RPA emergency line, the DfE sector cyber team.'],
    },
  ];
  for (const file of files) {
    const bytes = simplePdf(file.lines) as Uint8Array<ArrayBuffer>;
    await prisma.storedFile.create({ data: { key: file.key, bytes } });
    await prisma.evidenceItem.create({
      data: {
        schoolId,
        kind: 'FILE',
        title: file.title,
        producedOn: day(file.producedOn),
        validUntil: day(file.validUntil),
        fileKey: file.key,
        fileName: file.fileName,
        mediaType: 'application/pdf',
        byteSize: bytes.byteLength,
        sharedWithGovernors: true,
        addedById: input.leaderId,
        links: { create: file.targets.map((target) => ({ schoolId, target })) },
      },
    });
  }
  await prisma.evidenceItem.create({
    data: {
      schoolId,
      kind: 'NOTE',
      title: 'Police CyberAlarm registration',
      note: 'Registered with Police CyberAlarm (Yorkshire and the Humber); confirmation email kept in the business manager’s mailbox.',
      producedOn: day(ago(120)),
      addedById: input.leaderId,
      links: { create: [{ schoolId, target: 'rpa-cyber-cover:police-cyberalarm' }] },
    },
  });
  await prisma.evidenceItem.create({
    data: {
      schoolId,
      kind: 'LINK',
      title: 'Filtering and monitoring review, last year',
      url: 'https://example.org/riverside/filtering-review',
      producedOn: day(ago(400)),
      validUntil: day(ago(35)),
      addedById: input.leaderId,
      links: { create: [{ schoolId, target: 'filtering-and-monitoring.review.yearly' }] },
    },
  });
  const people: Array<{ name: string; role: 'STAFF' | 'GOVERNOR' | 'OTHER'; trainedOn: string | null }> = [
    { name: 'Sarah Patel', role: 'STAFF', trainedOn: ago(40) },
    { name: 'James Wright', role: 'STAFF', trainedOn: ago(200) },
    { name: 'Amira Khan', role: 'STAFF', trainedOn: ago(330) },
    { name: 'Daniel Evans', role: 'STAFF', trainedOn: ago(420) },
    { name: 'Margaret Cole', role: 'GOVERNOR', trainedOn: null },
  ];
  await prisma.trainingRecord.createMany({
    data: people.map((p) => ({ schoolId, name: p.name, nameKey: p.name.toLowerCase(), role: p.role, trainedOn: p.trainedOn ? day(p.trainedOn) : null })),
  });
}
