import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/digital-accessibility`;

const STANDARD = { title: 'DfE: digital accessibility standard', url: PAGE };
const WCAG = { title: 'W3C: Web Content Accessibility Guidelines (WCAG) 2.2', url: 'https://www.w3.org/TR/WCAG22/' };
const PUBLIC_SECTOR_RULES = {
  title: 'GOV.UK: accessibility requirements for public sector websites and apps',
  url: 'https://www.gov.uk/guidance/accessibility-requirements-for-public-sector-websites-and-apps',
};

const AT_POLICY_REVIEW = { kind: 'AT_TRIGGER', text: 'At the next policy review' } as const;
const AT_PURCHASE = { kind: 'AT_TRIGGER', text: 'At the next purchase of devices or software, if not already in place' } as const;

export const digitalAccessibility = {
  slug: 'digital-accessibility',
  title: 'Digital accessibility',
  summary:
    "Making sure every pupil, member of staff and parent can use the school's technology and digital communications, including people with disabilities or special educational needs. Around 1 in 5 people in the UK are disabled.",
  core: false,
  layer: 4,
  timing: { kind: 'AT_TRIGGER', text: 'At the next policy review or purchase' },
  sourceUrl: PAGE,
  requirements: [
    {
      code: 'digital-accessibility.policy.in-policies',
      title: 'Accessibility written into strategy and policies',
      question: 'Do the digital strategy, curriculum policies and SEND policy each say how the school will make its technology accessible?',
      hint: 'Search each document for "accessib". A line or two saying what accessibility features the school provides and who makes sure they work is enough to start with.',
      expectation: 'SHOULD',
      timing: AT_POLICY_REVIEW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'At the next review of each policy, add a short section on digital accessibility: what is provided, who is responsible and how needs are met.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-accessibility.policy.needs-gathered',
      title: 'Accessibility needs gathered from pupils, staff and parents',
      question: 'Does the school ask pupils, staff and parents what they need to use its technology and digital communications comfortably?',
      hint: 'This can be part of admissions forms, staff induction, SEND reviews or a short survey. Check whether the answers reach the people who set up devices and write communications.',
      expectation: 'SHOULD',
      timing: AT_POLICY_REVIEW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Add a question about digital access needs to admissions, staff induction and annual SEND reviews, and share the results with IT support.',
          owner: 'SENCO',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'digital-accessibility.features.available',
      title: 'Devices and software offer core accessibility features',
      question:
        'Can pupils and staff use read-aloud (text to speech), dictation, captions, screen zoom and translation on school devices and in the main software?',
      hint: 'Try each feature on a pupil device and a staff device. Most modern operating systems and education platforms include them at no extra cost; they are often simply switched off or hidden.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Test read-aloud, dictation, captions, zoom and translation on each type of school device and list any that are missing.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Make these features a requirement in the next device and software specification.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-accessibility.features.not-blocked',
      title: 'Security settings do not block accessibility tools',
      question: 'Has IT support checked that security or filtering settings do not switch off or block accessibility features on school devices?',
      hint: 'Locked-down pupil accounts sometimes disable dictation, screen readers or browser extensions by accident. Ask IT support to compare a pupil account with an unrestricted one.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'At the next purchase or review of device security settings' },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Review device and account restrictions and allow the accessibility features pupils and staff need, recording any that must stay blocked and why.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'digital-accessibility.features.assistive-tech',
      title: 'Technology works with assistive and audio-visual equipment',
      question:
        'Do school devices and classroom audio-visual equipment work with the assistive technology pupils and staff use, such as screen readers, switches or hearing systems?',
      hint: 'Ask the SENCo which assistive tools are in use and check with IT support that they connect to school devices, displays and sound systems without problems.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'List the assistive technology in use and test each item with school devices and classroom displays; fix or replace what does not work.',
          owner: 'SENCO',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'digital-accessibility.features.exams',
      title: 'Accessibility planned for on-screen exams and assessments',
      question:
        'When pupils take exams or assessments on a computer, does the school check they can use the accessibility tools they normally rely on, within the exam rules?',
      hint: 'Talk to the exams officer and SENCo. Exam devices are often set up differently from everyday ones, so tools pupils depend on can go missing on the day.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Before each exam season, agree with the exams officer and IT support which accessibility tools each pupil needs and test the exam devices in advance.',
          owner: 'SENCO',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'digital-accessibility.procurement.supplier-statements',
      title: 'Suppliers asked for accessibility statements',
      question: 'Before buying software, apps or devices, does the school ask the supplier for an accessibility statement?',
      hint: 'An accessibility statement explains how well a product meets accessibility standards (usually WCAG 2.2 level AA) and what does not work yet. Check whether recent purchases have one on file.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Add "please provide your accessibility statement" to the school\'s standard questions for technology suppliers and keep the answers with the contract.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: WCAG,
        },
      ],
    },
    {
      code: 'digital-accessibility.comms.accessible',
      title: 'Website, emails, texts and social posts are accessible',
      question:
        'Are the school website, emails, text messages and social media posts written and designed so that everyone, including people using assistive technology, can read them?',
      hint: 'Quick checks: plain language, clear headings, enough colour contrast, descriptions on images, captions on videos, and no important information only inside images or scanned PDFs. WCAG 2.2 level AA is the usual benchmark for websites.',
      expectation: 'SHOULD',
      timing: AT_POLICY_REVIEW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Run a free accessibility checker on the school website and fix the most serious issues; ask the website supplier to confirm how it meets WCAG 2.2 AA.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
          guidance: PUBLIC_SECTOR_RULES,
        },
        {
          action: 'Share a one-page checklist for accessible emails, letters and posts with everyone who writes to parents.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'digital-accessibility.staff.trained',
      title: 'Staff trained in accessibility features',
      question: 'Have staff been shown how to use the accessibility features on school technology and how to help pupils use them?',
      hint: 'Check training records and induction materials. A short session in a staff meeting covering read-aloud, dictation, captions and zoom is a good start.',
      expectation: 'SHOULD',
      timing: AT_POLICY_REVIEW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Run a short practical session on built-in accessibility features for all staff and add it to new-staff induction.',
          owner: 'SENCO',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'digital-accessibility.support.contacts',
      title: 'Everyone knows who to ask about accessibility',
      question: 'Do staff, pupils and parents know who to contact about digital accessibility, such as the SENCo, IT support or the SLT digital lead?',
      hint: 'Ask a few staff and parents who they would go to. The contacts should be listed on the website, in the staff handbook and in the relevant policies.',
      expectation: 'SHOULD',
      timing: AT_POLICY_REVIEW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Publish the named contacts for digital accessibility on the website and in the staff handbook.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
  ],
} satisfies StandardInput;
