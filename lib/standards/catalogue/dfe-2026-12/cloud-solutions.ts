import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/cloud-solutions`;

// In-page anchors, built from the page's heading text as quoted by a public catalogue of the
// 16 Sep 2026 page (GOV.UK anchors: lower case, punctuation dropped, spaces to hyphens).
const ALTERNATIVE = `${PAGE}#use-cloud-solutions-as-an-alternative-to-locally-hosted-systems-including-servers`;
const DATA_PROTECTION = `${PAGE}#cloud-solutions-must-follow-data-protection-legislation`;
const ID_ACCESS = `${PAGE}#cloud-solutions-should-use-id-and-access-management-tools`;
const AVAILABILITY = `${PAGE}#cloud-solutions-should-work-on-a-range-of-devices-and-be-available-when-needed`;
const BACKUP = `${PAGE}#make-sure-that-appropriate-data-backup-provision-is-in-place`;

const STANDARD = { title: 'DfE: cloud solutions standard', url: PAGE };
const CYBER = { title: 'DfE: cyber security standard', url: `${HUB}/cyber-security-core-standard` };
const BROADBAND = { title: 'DfE: broadband internet standard', url: `${HUB}/broadband-internet-core-standard` };
const NCSC_CLOUD = {
  title: 'NCSC: cloud security principles',
  url: 'https://www.ncsc.gov.uk/collection/cloud/the-cloud-security-principles',
};
const NCSC_BACKUP = { title: 'NCSC: backing up your data', url: 'https://www.ncsc.gov.uk/collection/small-business-guide/backing-your-data' };
const NCSC_MFA = {
  title: 'NCSC: multi-factor authentication for online services',
  url: 'https://www.ncsc.gov.uk/collection/mfa-for-your-corporate-online-services',
};
const DPIA = {
  title: 'ICO: data protection impact assessments',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/',
};
const ICO_BREACH = { title: 'ICO: report a personal data breach', url: 'https://ico.org.uk/for-organisations/report-a-breach/' };
const ICO_TRANSFERS = {
  title: 'ICO: international transfers, quick reference',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/international-transfers/quick-reference-faqs',
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
  timing: { kind: 'NOW', text: 'Data protection and backup parts expected now; the rest as soon as practical' },
  sourceUrl: PAGE,
  requirements: [
    {
      code: 'cloud-solutions.approach.cloud-first',
      title: 'Cloud considered before on-site servers',
      question: 'When a system needs replacing, does the school consider a cloud service first, keeping on-site servers only where they are really needed?',
      hint: 'Ask IT support which on-site servers you run and which could move to the cloud. Before a move, they should know what software, devices and data each system uses and what data must come in and out; ask about free cloud services too. Door entry, building management and cashless catering often still need local kit.',
      expectation: 'SHOULD',
      timing: SOON,
      sourceUrl: ALTERNATIVE,
      source: 'DFE_STANDARD',
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
      code: 'cloud-solutions.approach.broadband',
      title: 'Broadband strong enough for cloud services',
      question: 'Does the school have reliable broadband with enough capacity for the cloud services it depends on?',
      hint: 'Ask IT support how busy the broadband line gets at peak times and how often it has dropped this year, and check the contracted speed on the bill. If the line fails, every cloud service fails with it, so also ask whether there is a backup line.',
      expectation: 'MUST',
      timing: { kind: 'NOW', text: 'Expected now for the cloud services the school already relies on' },
      sourceUrl: ALTERNATIVE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support for a usage report showing peak broadband use against capacity, and for any outages in the last year.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: BROADBAND,
        },
        {
          action:
            'If the line is near capacity or unreliable, get quotes for a faster full fibre connection or a backup line before moving more systems to the cloud.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
          guidance: BROADBAND,
        },
      ],
    },
    {
      code: 'cloud-solutions.approach.data-portability',
      title: 'School data can be exported and moved',
      question:
        'For each main cloud service, can the school get its data out securely in a common format (such as CSV or ODT), and will the supplier help move it if the school leaves?',
      hint: 'Ask the business manager for the contracts and the supplier documentation, and check for: encrypted data transfer, export in open or widely used formats, documented connections to other systems (APIs), and exit terms that cover handing data back.',
      expectation: 'SHOULD',
      timing: SOON,
      sourceUrl: ALTERNATIVE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask each main cloud supplier to confirm in writing how data is exported, in what formats, and what help is given at contract end.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'cloud-solutions.data-protection.dpia',
      title: 'DPIA for every cloud service with personal data',
      question:
        'Has a data protection impact assessment (DPIA) been completed for every cloud service that holds personal data about pupils, staff or parents?',
      hint: 'Ask the DPO for their list of DPIAs and compare it with the contracts register: apps adopted by individual teachers are the ones most often missed. A DPIA is a written check of the risks to people’s data and how they are reduced. DfE expects one for every such service.',
      expectation: 'SHOULD',
      timing: NOW_LAW,
      sourceUrl: DATA_PROTECTION,
      source: 'DFE_STANDARD',
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
      code: 'cloud-solutions.data-protection.dpia-high-risk',
      title: 'DPIA before any high-risk cloud use',
      question:
        'For cloud services whose use is likely to be high risk to people, such as safeguarding or health records, monitoring pupils or new AI tools, was a DPIA done before the school started using them?',
      hint: 'Ask the DPO which services they rate high risk and to show the DPIA and its date for each. UK GDPR makes a DPIA a legal duty before processing that is likely to be high risk; the ICO lists examples, including large amounts of sensitive data, monitoring and new technology.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: DATA_PROTECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask the DPO to mark which cloud services are high risk and confirm each has a DPIA completed before use; pause any that do not until one is done.',
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
      hint: 'Ask IT support or the DPO for the supplier’s statement against the principles. The NCSC publishes 14 principles covering things like protecting data in transit, separating customers and how the supplier is run; many suppliers publish a statement against them.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: DATA_PROTECTION,
      source: 'DFE_STANDARD',
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
      hint: 'Ask the business manager to check the contracts register for each service, and ask the DPO to check the terms. Free tools signed up to with a click often have no proper agreement.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: DATA_PROTECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask the DPO to check the terms of each cloud service for a data processing agreement and prompt breach notice, and replace or stop using any that fall short.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: ICO_BREACH,
        },
      ],
    },
    {
      code: 'cloud-solutions.data-protection.joiners-leavers',
      title: 'Access given and removed as people join and leave',
      question: 'Is there a process to give people access to cloud services when they join and remove it promptly when they leave or change role?',
      hint: 'Ask IT support to show a recent leaver: were their cloud accounts closed on their last day? Services linked to a single login are much easier to control.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: DATA_PROTECTION,
      source: 'DFE_STANDARD',
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
      code: 'cloud-solutions.data-protection.breach-roles',
      title: 'Breach roles written down for cloud data',
      question: 'Is it written down who does what if personal data held in a cloud service is breached?',
      hint: 'Ask the DPO for the data breach procedure and check it names who spots and reports a breach, who contains it, who contacts the supplier, and who decides on reporting to the ICO, which must happen within 72 hours when a breach has to be reported.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: DATA_PROTECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask the DPO to add the cloud suppliers and their breach contacts to the breach procedure, with a named person for each step.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: ICO_BREACH,
        },
      ],
    },
    {
      code: 'cloud-solutions.data-protection.data-location',
      title: 'Data kept in the UK or EU, or transferred lawfully',
      question:
        "Is personal data in the school's cloud services stored in the UK or EU, or, where it goes elsewhere, has the DPO confirmed the transfer meets UK GDPR?",
      hint: 'Ask the DPO, and check supplier privacy notices and data processing agreements, which say where data is stored. Watch for services that store data in other countries by default. DfE prefers the UK or EU; sending data elsewhere without a lawful transfer route breaks UK GDPR.',
      expectation: 'SHOULD',
      timing: NOW_LAW,
      sourceUrl: DATA_PROTECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Record where each cloud service stores its data in the contracts register, and ask the DPO to review any outside the UK or EU.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: ICO_TRANSFERS,
        },
      ],
    },
    {
      code: 'cloud-solutions.access.single-sign-on',
      title: 'One login system for all cloud services',
      question: 'Do staff and pupils sign in to cloud services through one central login system (single sign-on), with no separate usernames and passwords?',
      hint: "Ask IT support which services still use their own separate logins. Single sign-on is usually provided by the school's Microsoft or Google account, and means one account per person that can be switched off in one place.",
      expectation: 'SHOULD',
      timing: SOON,
      sourceUrl: ID_ACCESS,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: "Ask IT support to list services with separate logins and connect each one to the school's single sign-on where the supplier allows.",
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: NCSC_MFA,
        },
      ],
    },
    {
      code: 'cloud-solutions.access.role-based',
      title: 'Access set by role',
      question: 'Is access to cloud services and data set by role (for example teacher, office staff, pupil), so people see only what their job needs?',
      hint: 'Ask IT support to show how permissions are set in the main systems. Access given person by person tends to grow over time; roles make it easier to review and remove.',
      expectation: 'SHOULD',
      timing: SOON,
      sourceUrl: ID_ACCESS,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Define standard roles and their access for each main cloud service, and move individual permissions onto those roles.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'cloud-solutions.access.break-glass',
      title: 'Emergency admin access if the login system fails',
      question: 'Does IT support have a securely stored emergency admin account that works even if the single sign-on system is unavailable?',
      hint: 'Ask IT support whether this account exists, where its details are kept and when it was last tested. Often called a "break-glass" account, it should be separate from everyday accounts, strongly protected and its use recorded.',
      expectation: 'SHOULD',
      timing: SOON,
      sourceUrl: ID_ACCESS,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Set up and document an emergency admin account outside single sign-on, store its details securely, and test it each term.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'cloud-solutions.availability.uptime',
      title: 'Promised availability meets the school’s needs',
      question: "Does each cloud service the school uses or is choosing promise availability (uptime) that meets the school's needs?",
      hint: 'Ask the business manager for the uptime figure in each contract or service level agreement. Figures sound similar but differ a lot: per month, 99% allows about 7 hours of downtime, 99.9% about 45 minutes and 99.99% about 5 minutes. Check what happens if the target is missed.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Now for existing cloud services, and again when choosing a new one' },
      sourceUrl: AVAILABILITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Record the promised uptime of each main cloud service in the contracts register and flag any that fall short of what the school needs.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'cloud-solutions.availability.devices',
      title: 'Works securely on the devices people use',
      question: 'Can staff and pupils reach each main cloud service easily and securely from the range of devices they need to use?',
      hint: 'Ask IT support which devices each service supports (school laptops, tablets, phones, home computers) and how access from them is secured. Ask a few staff whether anything does not work on their device.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Now for existing cloud services, and again when choosing a new one' },
      sourceUrl: AVAILABILITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list the devices each main service supports and how access is secured, and to fix any gaps staff report.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_MFA,
        },
      ],
    },
    {
      code: 'cloud-solutions.availability.trial',
      title: 'New services trialled before buying',
      question: 'Does the school trial a new cloud service with real users and devices before committing to buy it?',
      hint: 'Ask the SLT digital lead or business manager how the last cloud service was chosen and whether there was a trial. A trial shows whether it works for the way and times people actually need it.',
      expectation: 'SHOULD',
      timing: AT_CHOOSING,
      sourceUrl: AVAILABILITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Make a short trial with real users and devices a step in the school’s buying process for any new cloud service.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'cloud-solutions.backup.provider-terms',
      title: 'Supplier backup terms understood',
      question: 'For each cloud service holding important data, does the school know what the supplier backs up, where, how often and for how long it is kept?',
      hint: 'Ask IT support and the DPO to show where this is written down, usually in the service level agreement or supplier documentation. Some suppliers keep backups for as little as 30 days. Where the backup is held matters for UK GDPR.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Expected now' },
      sourceUrl: BACKUP,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Record each main cloud service’s backup terms (what, where, how often, how long) next to it in the contracts register.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'cloud-solutions.backup.own-copies',
      title: 'Critical cloud data backed up separately',
      question: 'Is critical data held in cloud services backed up separately, following the 3-2-1 rule, rather than relying only on the supplier?',
      hint: 'Ask IT support which cloud data is included in the school’s backups. The 3-2-1 rule means at least 3 copies, on at least 2 different systems, with 1 kept off site. Third-party backup tools exist for services whose own backups fall short.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Expected now' },
      sourceUrl: BACKUP,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: "Ask IT support which cloud services hold critical data and confirm each is covered by the school's backup, with a test restore logged.",
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_BACKUP,
        },
        {
          action: 'Where cloud data is not backed up, buy a backup service for the main platforms (for example email and file storage).',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
          guidance: CYBER,
        },
      ],
    },
  ],
} satisfies StandardInput;
