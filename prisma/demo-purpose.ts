// Demo purpose for Riverside Primary: three learning goals with the actions that serve them, so
// the Purpose page and the strategy open with learning. Its laptops (from the demo registers)
// name no goal yet, so the page shows what "Which learning goal does this serve?" looks like.
import type { Prisma, PrismaClient } from '../lib/generated/prisma/client.ts';
import { SUGGESTED_GOALS } from '../lib/purpose/suggested-goals.ts';
import { CONTRACT_SERVICE_LABEL } from '../lib/registers/register-options.ts';

const DAY = 24 * 60 * 60 * 1000;

export async function seedDemoPurpose(prisma: PrismaClient, input: { riversideId: string; leaderId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const schoolId = input.riversideId;
  const pick = (title: string) => SUGGESTED_GOALS.find((g) => g.title === title)!;
  const goals = [];
  for (const [i, title] of ['Better feedback', 'Inclusion and access for pupils with SEND', 'Less staff workload'].entries()) {
    goals.push(await prisma.learningGoal.create({ data: { schoolId, ...pick(title), position: i + 1 } }));
  }
  const [feedback, send, workload] = goals as [(typeof goals)[0], (typeof goals)[0], (typeof goals)[0]];
  const due = (days: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY);
  await prisma.planItem.createMany({
    data: [
      {
        schoolId,
        title: 'Trial text-to-speech and captions with the SEND team',
        ownerName: 'SENCo',
        dueDate: due(60),
        estimatedCostPence: 60_000,
        goalIds: [send.id],
        createdById: input.leaderId,
      },
      {
        schoolId,
        title: 'Set up weekly retrieval quizzes in the learning platform for Years 3 to 6',
        ownerName: 'Sarah Bennett',
        dueDate: due(45),
        estimatedCostPence: 0,
        goalIds: [feedback.id],
        createdById: input.leaderId,
      },
      {
        schoolId,
        title: 'Move end-of-year reports to the MIS template',
        ownerName: 'School business manager',
        dueDate: due(120),
        estimatedCostPence: 120_000,
        goalIds: [workload.id, feedback.id],
        createdById: input.leaderId,
      },
    ],
  });

  // A learning platform the school pays for, serving better feedback; and the look back at the
  // last completed cycle, in which it came out underused.
  const platform = await prisma.contract.create({
    data: {
      schoolId,
      service: 'OTHER',
      supplier: 'Seesaw (learning platform)',
      covers: 'Class journals and feedback for Years 1 to 6',
      annualCostPence: 180_000,
      endDate: due(240),
      goalIds: [feedback.id],
    },
  });
  const mis = await prisma.contract.findFirst({ where: { schoolId, service: 'MIS' }, select: { id: true, supplier: true } });
  const cycle = await prisma.assessment.findFirst({ where: { schoolId, status: 'COMPLETED' }, orderBy: { completedAt: 'desc' }, select: { id: true } });
  if (!cycle) return;
  const rows: Array<Omit<Prisma.PurposeReviewCreateManyInput, 'schoolId' | 'assessmentId'>> = [
    {
      subject: 'GOAL',
      subjectId: feedback.id,
      subjectTitle: feedback.title,
      rating: 'SOMEWHAT',
      note: 'Quizzes are weekly in Years 5 and 6; not yet lower down.',
    },
    { subject: 'GOAL', subjectId: send.id, subjectTitle: send.title, rating: 'NOT_YET', note: 'The text-to-speech trial starts next term.' },
    { subject: 'GOAL', subjectId: workload.id, subjectTitle: workload.title, rating: 'HELPED', note: 'Report writing took a day less per teacher.' },
    {
      subject: 'CONTRACT',
      subjectId: platform.id,
      subjectTitle: `${CONTRACT_SERVICE_LABEL.OTHER}: ${platform.supplier}`,
      adoption: 35,
      rating: 'NO',
      note: 'Used by 4 of 11 classes; the others went back to paper journals.',
      evidenceLinks: ['https://riverside.example.sch.uk/staff/seesaw-usage-summer-2026'],
    },
    ...(mis
      ? [
          {
            subject: 'CONTRACT' as const,
            subjectId: mis.id,
            subjectTitle: `${CONTRACT_SERVICE_LABEL.MIS}: ${mis.supplier}`,
            adoption: 100,
            rating: 'HELPED' as const,
          },
        ]
      : []),
  ];
  await prisma.purposeReview.createMany({ data: rows.map((row) => ({ ...row, schoolId, assessmentId: cycle.id, reviewedById: input.leaderId })) });
}
