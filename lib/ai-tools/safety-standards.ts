// DfE, "Generative AI: product safety standards" (updated 19 January 2026, applies to England):
// https://www.gov.uk/government/publications/generative-ai-product-safety-standards/generative-ai-product-safety-standards
// Eleven standards, in DfE's order and with DfE's names. They are written for suppliers; schools
// use them to judge a tool, so each comes with the question to put to the supplier. Learner-facing
// standards apply only to tools pupils use. Summaries are ours, not DfE's wording. Non-statutory.
export type StandardAudience = 'learners' | 'everyone';

export type SafetyStandard = { id: string; title: string; audience: StandardAudience; summary: string; question: string };

export const SAFETY_STANDARDS_SOURCE = {
  title: 'Generative AI: product safety standards',
  publisher: 'Department for Education',
  updated: '2026-01-19',
  url: 'https://www.gov.uk/government/publications/generative-ai-product-safety-standards/generative-ai-product-safety-standards',
} as const;

export const SAFETY_STANDARDS = [
  {
    id: 'filtering',
    title: 'Filtering',
    audience: 'learners',
    summary:
      'Built-in filtering stops pupils generating or seeing harmful content, for the whole conversation, on any device they sign in on, adjusted for age and SEND.',
    question: 'Is filtering built into the product, on for the whole conversation and on every device pupils sign in on? Can it be set for age and SEND?',
  },
  {
    id: 'monitoring-and-reporting',
    title: 'Monitoring and reporting',
    audience: 'learners',
    summary:
      'Prompts and responses are logged; pupils are told when something is blocked; the DSL is alerted to harmful use or possible disclosures; staff get plain reports.',
    question: 'Does it log prompts and responses, alert our DSL to safeguarding concerns within an agreed time, and give staff readable reports?',
  },
  {
    id: 'security',
    title: 'Security',
    audience: 'everyone',
    summary: 'Resists jailbreaks, has role-based permissions and strong sign-in, is patched promptly and safety-tested before each new version or model.',
    question: 'How do you stop jailbreaks? Do you support single sign-on or MFA and role-based permissions? Is each new version safety-tested first?',
  },
  {
    id: 'privacy-and-data-protection',
    title: 'Privacy and data protection',
    audience: 'everyone',
    summary:
      'Complies with UK GDPR and the Children’s code, with a kept-up DPIA, clear controller and processor roles, an age-appropriate privacy notice, and no personal data used for training without a lawful basis.',
    question: 'Can you share your DPIA and privacy notice, say where our data is processed, and confirm in writing that it is not used to train models?',
  },
  {
    id: 'intellectual-property',
    title: 'Intellectual property',
    audience: 'everyone',
    summary: 'Work pupils and staff put in is not kept or used to train or improve products without the copyright owner’s permission (parents for under-18s).',
    question: 'Will our pupils’ or staff’s work be used to train or improve your products, and if so how do you get the owner’s permission?',
  },
  {
    id: 'design-and-testing',
    title: 'Design and testing',
    audience: 'everyone',
    summary:
      'Designed with child safety first and tested with a realistic range of users (children too, where pupils use it); new versions are tested before release.',
    question: 'What testing have you done with realistic users, including children, and how do you test new versions before release?',
  },
  {
    id: 'governance',
    title: 'Governance',
    audience: 'everyone',
    summary:
      'The supplier has a risk assessment for educational use, a complaints route that resolves safety issues quickly, and published AI safety policies.',
    question: 'Can we see your risk assessment for schools, your complaints and escalation process, and your AI safety policies?',
  },
  {
    id: 'cognitive-development',
    title: 'Cognitive development',
    audience: 'learners',
    summary:
      'Does not do pupils’ thinking for them by default: hints first, full answers only after a real attempt or with teacher approval; reports how often pupils offload work.',
    question:
      'By default, does it ask pupils to try before giving full answers, let teachers control answer modes, and report how often pupils ask it to do the work?',
  },
  {
    id: 'emotional-and-social-development',
    title: 'Emotional and social development',
    audience: 'learners',
    summary:
      'Does not present itself as a person or friend, keeps to learning, points pupils to real people, and has time limits that only teachers can override.',
    question: 'Does it avoid acting as a friend, keep conversations on learning, enforce time limits, and flag signs of emotional dependence to our DSL?',
  },
  {
    id: 'mental-health',
    title: 'Mental health',
    audience: 'learners',
    summary:
      'Detects signs of distress or self-harm risk, responds supportively, always directs pupils to human help and alerts the DSL, under a published crisis protocol.',
    question: 'How does it detect distress, what happens when it does (signposting, an alert to our DSL, how fast), and can we see your crisis protocol?',
  },
  {
    id: 'manipulation',
    title: 'Manipulation',
    audience: 'everyone',
    summary: 'No flattery, pressure, guilt or dark patterns; not designed to prolong use; no adverts or upsells mixed into learning help.',
    question: 'Can you confirm it does not flatter or pressure users, is not designed to maximise time on it, and shows no adverts or upsells?',
  },
] as const satisfies readonly SafetyStandard[];

export type SafetyStandardId = (typeof SAFETY_STANDARDS)[number]['id'];
