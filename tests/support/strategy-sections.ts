import { StrategySectionsSchema, type StrategySections } from '@/lib/strategy/schemas';

// A strategy draft that can be published as it is; tests change the sections they are about.
export const strategySections = (overrides: Partial<Record<keyof StrategySections, unknown>> = {}): StrategySections =>
  StrategySectionsSchema.parse({
    vision: 'Every pupil leaves us a confident, safe and creative user of technology.',
    positionCommentary: '',
    priorities: 'Turn on multi-factor sign-in\nBack up off site',
    actionCommentary: '',
    budget: 'Funded from devolved capital.',
    aiStance: 'Staff may use approved tools only.',
    digitalLead: 'Amira Shah',
    oversightGovernor: 'Margaret Ellis',
    rolesNotes: '',
    // A year ahead, so the test does not age: publishing refuses a review date that has passed.
    reviewDate: `${new Date().getUTCFullYear() + 1}-07-15`,
    reviewCycle: 'ANNUALLY',
    ...overrides,
  });
