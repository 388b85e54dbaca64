// Demo AI register for Riverside Primary: one tool staff use for planning that meets every
// standard that applies to it, and one pupil chatbot that fails filtering and monitoring and takes
// personal data without a DPIA, so the priorities and the filtering review show what a failing tool looks like.
import type { PrismaClient } from '../lib/generated/prisma/client.ts';
import { SAFETY_STANDARDS } from '../lib/ai-tools/safety-standards.ts';

const answers = (value: 'MET' | 'UNKNOWN', overrides: Record<string, 'MET' | 'NOT_MET' | 'UNKNOWN'> = {}) => ({
  ...Object.fromEntries(SAFETY_STANDARDS.map((s) => [s.id, value])),
  ...overrides,
});

export async function seedDemoAiTools(prisma: PrismaClient, input: { riversideId: string; leaderId: string }) {
  await prisma.aiTool.createMany({
    data: [
      {
        schoolId: input.riversideId,
        name: 'Aila (Oak National Academy)',
        supplier: 'Oak National Academy',
        usedBy: 'STAFF',
        uses: ['planning', 'resources'],
        dataIn: 'Lesson objectives and curriculum content; never pupils’ names or work.',
        personalData: false,
        dpiaDone: false,
        approved: true,
        checks: answers('MET'),
        notes: 'Approved by the senior team in September for lesson planning.',
        updatedById: input.leaderId,
      },
      {
        schoolId: input.riversideId,
        name: 'HomeworkBuddy chatbot',
        supplier: 'HomeworkBuddy Ltd',
        usedBy: 'PUPILS',
        pupilAges: 'Year 6',
        uses: ['learning'],
        dataIn: 'Pupils sign in with their names and type questions about homework.',
        personalData: true,
        dpiaDone: false,
        approved: false,
        checks: answers('UNKNOWN', { filtering: 'NOT_MET', 'monitoring-and-reporting': 'NOT_MET', security: 'MET' }),
        notes: 'Trialled by one Year 6 class. The supplier could not say how harmful content is filtered or whether the DSL is alerted.',
        updatedById: input.leaderId,
      },
    ],
  });
}
