import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/cloud-solutions`;

const STANDARD = { title: 'DfE: cloud solutions standard', url: PAGE };
const CYBER = { title: 'DfE: cyber security standard', url: `${HUB}/cyber-security-core-standard` };
const NCSC_CLOUD = {
  title: 'NCSC: cloud security principles',
  url: 'https://www.ncsc.gov.uk/collection/cloud/the-cloud-security-principles',
};
const DPIA = {
  title: 'ICO: data protection impact assessments',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/',
};

const NOW_LAW = { kind: 'NOW', text: 'Expected now: data protection law already applies' } as const;
const SOON = { kind: 'NOW', text: 'As soon as practical' } as const;
const AT_CHOOSING = { kind: 'AT_TRIGGER', text: 'When choosing or renewing a cloud service' } as const;

export const cloudSolutions = {
  slug: 'cloud-solutions',
  title: 'Cloud solutions',
  summary:
    'Online services that replace equipment kept on site, such as email, file storage and the management information system. Use them where they fit, protect the personal data in them, control who can log in, check they stay available and keep your own backups.',
  core: false,
  layer: 4,
  timing: { kind: 'NOW', text: 'Data protection parts expected now; the rest as soon as practical' },
  sourceUrl: PAGE,
  requirements: [
    {
      code: 'cloud-solutions.approach.cloud-first',
      title: 'Cloud considered before on-site servers',
      question: 'When a system needs replacing, does the school consider a cloud service first, keeping on-site servers only where they are really needed?',
      hint: 'Some systems still usually need local equipment, such as door entry, building management and cashless catering. Ask IT support which on-site servers you run and which could move to the cloud.',
      expectation: 'SHOULD',
      timing: SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to list each on-site server, what it does, and whether a cloud service could replace it at its next renewal.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'cloud-solutions.approach.data-portability',
      title: 'School data can be exported and moved',
      question:
        'For each main cloud service, can the school get its data out securely in a common format (such as CSV or ODT), and will the supplier help move it if the school leaves?',
      hint: 'Check contracts and supplier documentation for: encrypted data transfer, export in open or widely used formats, documented connections to other systems (APIs), and exit terms that cover handing data back.',
      expectation: 'SHOULD',
      timing: SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask each main cloud supplier to confirm in writing how data is exported, in what formats, and what help is given at contract end.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cloud-solutions.data-protection.dpia',
      title: 'DPIA before using cloud services with personal data',
      question:
        'Has a data protection impact assessment (DPIA) been completed for every cloud service that holds personal data about pupils, staff or parents?',
      hint: 'Your DPO should hold a DPIA for each service. Compare their list with the contracts register: new apps adopted by individual teachers are the ones most often missed.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: "Compare the contracts register with the DPO's list of DPIAs and complete a DPIA for any cloud service that lacks one.",
          owner: 'DPO',
          costBand: 'NONE',
          guidance: DPIA,
        },
      ],
    },
    {
      code: 'cloud-solutions.data-protection.security-principles',
      title: 'Services checked against NCSC cloud security principles',
      question: 'Before a cloud service is adopted, is it checked against the NCSC cloud security principles?',
      hint: 'The NCSC publishes 14 principles covering things like data protection in transit, separation between customers and how the supplier is run. Many suppliers publish a statement against them; ask for it.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask each cloud supplier for their statement against the NCSC cloud security principles and keep it with the DPIA.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_CLOUD,
        },
      ],
    },
    {
      code: 'cloud-solutions.data-protection.contract',
      title: 'Contract and data sharing agreement in place',
      question:
        'Does every cloud service holding personal data have a signed contract and data sharing (processing) agreement that requires the supplier to tell the school promptly about any breach?',
      hint: 'Check the contracts register for each service. Free tools signed up to with a click often have no proper agreement; your DPO can check the terms.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Ask the DPO to check the terms of each cloud service for a data processing agreement and prompt breach notice, and replace or stop using any that fall short.',
          owner: 'DPO',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cloud-solutions.data-protection.joiners-leavers',
      title: 'Access given and removed as people join and leave',
      question: 'Is there a process to give people access to cloud services when they join and remove it promptly when they leave or change role?',
      hint: 'Check a recent leaver: were their cloud accounts closed on their last day? Services linked to a single login are much easier to control.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Agree a joiners, movers and leavers checklist that lists every cloud service, and have IT support sign off each change.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'cloud-solutions.data-protection.data-location',
      title: 'Data kept in the UK or EU, or transferred lawfully',
      question:
        "Is personal data in the school's cloud services stored in the UK or EU, or, where it goes elsewhere, has the DPO confirmed the transfer meets UK GDPR?",
      hint: 'Supplier privacy notices and data processing agreements say where data is stored. Watch for services that store data in other countries by default.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Record where each cloud service stores its data in the contracts register, and ask the DPO to review any outside the UK or EU.',
          owner: 'DPO',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cloud-solutions.access.single-sign-on',
      title: 'One login system for all cloud services',
      question: 'Do staff and pupils sign in to cloud services through one central login system (single sign-on), with no separate usernames and passwords?',
      hint: "Single sign-on is usually provided by the school's Microsoft or Google account. Ask IT support which services still use their own separate logins.",
      expectation: 'SHOULD',
      timing: SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: "Ask IT support to list services with separate logins and connect each one to the school's single sign-on where the supplier allows.",
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'cloud-solutions.access.role-based',
      title: 'Access set by role',
      question: 'Is access to cloud services and data set by role (for example teacher, office staff, pupil), so people see only what their job needs?',
      hint: 'Ask IT support how permissions are set. Access given person by person tends to grow over time; roles make it easier to review and remove.',
      expectation: 'SHOULD',
      timing: SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Define standard roles and their access for each main cloud service, and move individual permissions onto those roles.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cloud-solutions.access.break-glass',
      title: 'Emergency admin access if the login system fails',
      question: 'Does IT support have a securely stored emergency admin account that works even if the single sign-on system is unavailable?',
      hint: 'Often called a "break-glass" account. It should be separate from everyday accounts, strongly protected, kept somewhere safe and checked regularly, with any use recorded.',
      expectation: 'SHOULD',
      timing: SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Set up and document an emergency admin account outside single sign-on, store its details securely, and test it each term.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cloud-solutions.availability.uptime',
      title: 'Availability checked and services trialled',
      question:
        'Before adopting a cloud service, does the school check its promised availability, make sure it works on the devices people use, and trial it first?',
      hint: 'Uptime figures sound similar but differ a lot. Per month, 99% allows about 7 hours of downtime, 99.9% about 45 minutes, and 99.99% about 5 minutes. Check the contract and what happens if the target is missed.',
      expectation: 'SHOULD',
      timing: AT_CHOOSING,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'For each new cloud service, record its promised uptime and run a short trial with real users and devices before committing.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'cloud-solutions.backup.own-copies',
      title: 'Critical cloud data backed up separately',
      question: 'Is critical data held in cloud services backed up separately, following the 3-2-1 rule, rather than relying only on the supplier?',
      hint: 'Some suppliers keep deleted data for only about 30 days. The 3-2-1 rule means at least 3 copies, on at least 2 different systems, with 1 kept off site. Ask IT support which cloud data is included in backups.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Expected now' },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: "Ask IT support which cloud services hold critical data and confirm each is covered by the school's backup, with a test restore logged.",
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
        {
          action: 'Where cloud data is not backed up, buy a backup service for the main platforms (for example email and file storage).',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
        },
      ],
    },
  ],
} satisfies StandardInput;
