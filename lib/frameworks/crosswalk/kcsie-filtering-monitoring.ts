import type { z } from 'zod';
import type { FrameworkSchema } from '../crosswalk-schema';

// Keeping children safe in education: what the statutory guidance expects of governing bodies
// and proprietors for online filtering and monitoring (Part two, "Online safety").
export const kcsieFilteringMonitoring: z.input<typeof FrameworkSchema> = {
  id: 'kcsie-filtering-monitoring',
  title: 'Keeping children safe in education: filtering and monitoring',
  shortTitle: 'KCSIE filtering',
  edition: 'Keeping children safe in education 2025 (from 1 September 2025)',
  summary:
    'Governing bodies and proprietors must make sure the school has appropriate filtering and monitoring, meets DfE’s filtering and monitoring standards, knows who is responsible, reviews it at least yearly, and that staff understand their part. Ofsted looks for this under safeguarding.',
  sourceUrl: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
  sources: [
    { title: 'Keeping children safe in education (GOV.UK)', url: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2' },
    {
      title: 'Filtering and monitoring standards (GOV.UK)',
      url: 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges/filtering-and-monitoring-standards-for-schools-and-colleges',
    },
  ],
  items: [
    {
      key: 'roles-identified',
      title: 'Roles and responsibilities identified',
      description:
        'A member of the senior leadership team and a governor are named as responsible for filtering and monitoring, and the designated safeguarding lead takes lead responsibility for online safety, including understanding the filtering and monitoring in place.',
      evidenceHint: 'the safeguarding or online safety policy naming the senior leader, the governor and the DSL’s responsibility.',
      requirementCodes: [
        'filtering-and-monitoring.roles.named-leads',
        'filtering-and-monitoring.roles.governor-assurance',
        'filtering-and-monitoring.roles.dsl',
      ],
    },
    {
      key: 'appropriate-filtering',
      title: 'Appropriate filtering in place',
      description:
        'Filtering blocks harmful and inappropriate content on every device and connection the school provides, without unreasonably stopping teaching and learning, and its provider is an IWF member that blocks the CTIRU list.',
      evidenceHint: 'the filtering provider’s confirmation of IWF membership and CTIRU blocking, and a record of a live filtering test.',
      requirementCodes: [
        'filtering-and-monitoring.filtering.harmful-categories',
        'filtering-and-monitoring.filtering.teaching-access',
        'filtering-and-monitoring.filtering.iwf-list',
        'filtering-and-monitoring.filtering.ctiru-list',
        'filtering-and-monitoring.filtering.all-devices',
      ],
    },
    {
      key: 'effective-monitoring',
      title: 'Effective monitoring strategy',
      description:
        'Monitoring fits the school’s risks, combines technical monitoring with in-person supervision, alerts the right people, and its reports are checked and acted on.',
      evidenceHint: 'the monitoring strategy, and a sample of the weekly report checks with actions taken.',
      requirementCodes: [
        'filtering-and-monitoring.monitoring.strategy',
        'filtering-and-monitoring.monitoring.fits-school',
        'filtering-and-monitoring.monitoring.weekly-reports',
      ],
    },
    {
      key: 'yearly-review',
      title: 'Reviewed at least every year',
      description:
        'The school reviews its filtering and monitoring provision at least once a year, and when something changes (a new risk, an incident, new technology), and acts on what the review finds.',
      evidenceHint: 'the dated review record (DfE’s template or similar), signed off by the senior leader and governor.',
      requirementCodes: [
        'filtering-and-monitoring.review.yearly',
        'filtering-and-monitoring.review.record-and-act',
        'filtering-and-monitoring.review.kcsie-duties',
      ],
    },
    {
      key: 'staff-understand',
      title: 'Staff understand their part',
      description:
        'All staff are trained, as part of safeguarding training at induction and regularly after, in what filtering and monitoring does, what they must look out for and how to report a concern.',
      evidenceHint: 'the safeguarding training record or slides showing filtering and monitoring covered, with dates.',
      requirementCodes: ['filtering-and-monitoring.roles.staff-training', 'filtering-and-monitoring.roles.reporting-process'],
    },
  ],
};
