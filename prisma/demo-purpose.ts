// Demo purpose for Riverside Primary: three learning goals with the actions that serve them, so
// the Purpose page and the strategy open with learning. Its laptops (from the demo registers)
// name no goal yet, so the page shows what "Which learning goal does this serve?" looks like.
import type { PrismaClient } from '../lib/generated/prisma/client.ts';
import { SUGGESTED_GOALS } from '../lib/purpose/suggested-goals.ts';

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
}
