import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/digital-accessibility`;

const STANDARD = { title: 'DfE: digital accessibility standard', url: PAGE };
const WCAG = { title: 'W3C: Web Content Accessibility Guidelines (WCAG) 2.2', url: 'https://www.w3.org/TR/WCAG22/' };
const PUBLIC_SECTOR_RULES = {
  title: 'GOV.UK: accessibility requirements for public sector websites and apps',
  url: 'https://www.gov.uk/guidance/accessibility-requirements-for-public-sector-websites-and-apps',
};

const JCQ = {
  title: 'JCQ: adjustments for candidates with disabilities and learning difficulties',
  url: 'https://www.jcq.org.uk/knowledge-hub/adjustments-for-candidates-with-disabilities-and-learning-difficulties',
};
const EDTECH_BUYING = {
  title: 'DfE: procuring educational technology (data protection in schools)',
  url: 'https://www.gov.uk/guidance/data-protection-in-schools/procuring-educational-technology-edtech',
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
      title: 'Accessibility written into the digital strategy',
      question: 'Does the digital strategy say how the school will make its technology accessible?',
      hint: 'Ask the digital lead for the strategy and search it for "accessib". A line or two saying what accessibility features the school provides and who makes sure they work is enough to start with.',
      expectation: 'SHOULD',
      timing: AT_POLICY_REVIEW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'At the next strategy review, add a short section on digital accessibility: what is provided, who is responsible and how needs are met.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-accessibility.policy.curriculum',
      title: 'Accessibility covered in curriculum policies',
      question: 'Do your curriculum policies say how pupils will be able to use accessible technology in their learning?',
      hint: 'Ask the curriculum lead or deputy head for the curriculum policy (or subject policies) and search them for "accessib" or "assistive". They should say how pupils who need tools such as read-aloud or dictation can use them in lessons.',
      expectation: 'SHOULD',
      timing: AT_POLICY_REVIEW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'At the next curriculum policy review, add a short paragraph on using accessibility features and assistive technology in lessons.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-accessibility.policy.send',
      title: 'Digital accessibility covered in the SEND policy',
      question: 'Does the SEND policy say how technology and accessibility features will support pupils with special educational needs or disabilities?',
      hint: 'Ask the SENCo for the SEND policy and look for a section on technology: which tools are offered, how needs are assessed and who sets the tools up.',
      expectation: 'SHOULD',
      timing: AT_POLICY_REVIEW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'At the next SEND policy review, add a section on digital accessibility and assistive technology, agreed with IT support.',
          owner: 'SENCO',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-accessibility.policy.needs-gathered',
      title: 'Accessibility needs gathered from pupils, staff and parents',
      question: 'Does the school ask pupils, staff and parents what they need to use its technology and digital communications comfortably?',
      hint: 'Ask the SENCo and the office whether admissions forms, staff induction, SEND reviews or a survey ask about digital access needs, and check whether the answers reach the people who set up devices and write communications.',
      expectation: 'SHOULD',
      timing: AT_POLICY_REVIEW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add a question about digital access needs to admissions, staff induction and annual SEND reviews, and share the results with IT support.',
          owner: 'SENCO',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-accessibility.features.available',
      title: 'Devices and software offer core accessibility features',
      question:
        'Can pupils and staff use read-aloud (text to speech), dictation, captions, screen zoom and translation on school devices and in the main software?',
      hint: 'Ask IT support to show each feature on a pupil device and a staff device, or try them yourself. Answer no if any of the five is missing on a device type pupils use. Most modern operating systems and education platforms include them at no extra cost; they are often simply switched off or hidden.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
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
      hint: 'Ask IT support to sign in with a pupil account and compare it with an unrestricted one. Locked-down pupil accounts sometimes disable dictation, screen readers or browser extensions by accident.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'At the next purchase or review of device security settings' },
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Review device and account restrictions and allow the accessibility features pupils and staff need, recording any that must stay blocked and why.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
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
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'List the assistive technology in use and test each item with school devices and classroom displays; fix or replace what does not work.',
          owner: 'SENCO',
          costBand: 'LOW',
          guidance: STANDARD,
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
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Before each exam season, agree with the exams officer and IT support which accessibility tools each pupil needs and test the exam devices in advance.',
          owner: 'SENCO',
          costBand: 'NONE',
          guidance: JCQ,
        },
      ],
    },
    {
      code: 'digital-accessibility.procurement.supplier-statements',
      title: 'Suppliers asked for accessibility statements',
      question: 'Before buying software, apps or devices, does the school ask the supplier for an accessibility statement?',
      hint: 'Ask the business manager whether recent software, app or device purchases have an accessibility statement on file. The statement explains how well a product meets accessibility standards (usually WCAG 2.2 level AA) and what does not work yet.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Add "please provide your accessibility statement" to the school\'s standard questions for technology suppliers and keep the answers with the contract.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: WCAG,
        },
        {
          action: 'Add accessibility to the checks in your usual process for choosing educational technology, alongside data protection.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: EDTECH_BUYING,
        },
      ],
    },
    {
      code: 'digital-accessibility.comms.accessible',
      title: 'The school website is accessible',
      question: 'Is the school website designed so that everyone, including people using assistive technology, can read and use it?',
      hint: 'Ask the business manager or website supplier for the website’s accessibility statement or the results of an accessibility check. Quick checks: clear headings, enough colour contrast, descriptions on images, captions on videos, and no key information only inside images or scanned PDFs. WCAG 2.2 level AA is the usual benchmark.',
      expectation: 'SHOULD',
      timing: AT_POLICY_REVIEW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Run a free accessibility checker on the school website and fix the most serious issues; ask the website supplier to confirm how it meets WCAG 2.2 AA.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
          guidance: PUBLIC_SECTOR_RULES,
        },
      ],
    },
    {
      code: 'digital-accessibility.comms.messages',
      title: 'Emails, texts, letters and social posts are accessible',
      question:
        'Are emails, text messages, letters and social media posts to parents and pupils written so that everyone, including people using assistive technology, can read them?',
      hint: 'Ask the office or whoever sends parent messages to show a few recent ones. Look for plain language, headings, readable fonts, descriptions on images and no important information only inside an image or scanned document. Ask whether other formats (large print, translation) are offered when asked.',
      expectation: 'SHOULD',
      timing: AT_POLICY_REVIEW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Share a one-page checklist for accessible emails, letters and posts with everyone who writes to parents.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
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
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Run a short practical session on built-in accessibility features for all staff and add it to new-staff induction.',
          owner: 'SENCO',
          costBand: 'NONE',
          guidance: STANDARD,
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
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Publish the named contacts for digital accessibility on the website and in the staff handbook.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
  ],
} satisfies StandardInput;
