import type { z } from 'zod';
import type { FrameworkSchema } from '../crosswalk-schema';

// The Academy Trust Handbook's expectation that trusts know where they stand against DfE's
// digital and technology standards, and plan from there.
export const academyTrustHandbook: z.input<typeof FrameworkSchema> = {
  id: 'academy-trust-handbook',
  title: 'Academy Trust Handbook: the digital and technology standards',
  shortTitle: 'Academy Trust Handbook',
  edition: 'Academy Trust Handbook 2025 (from 1 September 2025)',
  summary:
    'Trusts should assess where they stand against DfE’s digital and technology standards and plan to meet them; the cyber security and filtering expectations sit alongside. A completed self-assessment and a costed strategy show it.',
  sourceUrl: 'https://www.gov.uk/guidance/academy-trust-handbook',
  sources: [{ title: 'Academy Trust Handbook (GOV.UK)', url: 'https://www.gov.uk/guidance/academy-trust-handbook' }],
  items: [
    {
      key: 'position-known',
      title: 'The trust knows where it stands against the standards',
      description:
        'Each school has assessed itself against the digital and technology standards within the last year, and the results are known to leaders and trustees.',
      evidenceHint: 'the completed self-assessment in Waypoint, or the trust board minutes where it was discussed.',
      requirementCodes: ['digital-leadership-and-governance.strategy.technology-known', 'digital-leadership-and-governance.strategy.yearly-review'],
    },
    {
      key: 'plan-to-meet',
      title: 'A costed plan to meet the standards',
      description: 'A digital strategy, costed and part of the development plan, sets out how and when the standards not yet met will be.',
      evidenceHint: 'the published digital strategy (Waypoint’s strategy PDF) and the budget line that funds it.',
      requirementCodes: ['digital-leadership-and-governance.strategy.costed-strategy', 'digital-leadership-and-governance.strategy.development-plan'],
    },
  ],
};
