import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/servers-and-storage`;

const STANDARD = { title: 'DfE: servers and storage standard', url: PAGE };
const CYBER = { title: 'DfE: cyber security standard', url: `${HUB}/cyber-security-core-standard` };
const NCSC_10_STEPS = { title: 'NCSC: 10 Steps to Cyber Security', url: 'https://www.ncsc.gov.uk/collection/10-steps' };
const DPIA = {
  title: 'ICO: data protection impact assessments',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/',
};

const NOW_LAW = { kind: 'NOW', text: 'Expected now: security and data protection law already apply' } as const;
const AT_SERVER_REVIEW = { kind: 'AT_TRIGGER', text: 'At the next server review or replacement' } as const;

export const serversAndStorage = {
  slug: 'servers-and-storage',
  title: 'Servers and storage',
  summary:
    'Any servers and storage the school still runs on site. They should keep working when one part fails, be secure and lawful with the data they hold, use as little energy as practical, and live in a proper locked server room.',
  core: false,
  layer: 3,
  timing: { kind: 'NOW', text: 'Security and data protection expected now; review energy use now; resilience at the next server review' },
  sourceUrl: PAGE,
  requirements: [
    {
      code: 'servers-and-storage.resilience.max-downtime',
      title: 'Senior leaders have set the longest acceptable outage',
      question: 'Have senior leaders decided how long each important server or system can be out of action before it seriously affects the school?',
      hint: 'For example, the management information system might be needed back within half a day, while a print server could wait longer. This decision drives how much resilience, backup and support to pay for.',
      expectation: 'SHOULD',
      timing: AT_SERVER_REVIEW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'List the systems that run on school servers and agree, with IT support, the longest acceptable outage for each; record it in the business continuity plan.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.monitoring',
      title: 'Servers monitored, with fast part replacement',
      question:
        'Are servers and storage monitored so that IT support is alerted to faults, and are they under warranty or support that gets failed parts replaced quickly?',
      hint: 'Ask IT support what alerts they receive and from which tool, and check the warranty or support contract for each server, including how fast replacement parts arrive.',
      expectation: 'SHOULD',
      timing: AT_SERVER_REVIEW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Ask IT support to confirm every server sends fault alerts, and record each warranty end date and part-replacement time in the asset register.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.replacement',
      title: 'Servers replaced before end of life',
      question: 'Is each server scheduled for replacement (or moving to the cloud) before its warranty and manufacturer support end?',
      hint: 'The asset register should hold end-of-support dates. Servers past that point stop getting fixes and become both a security and a reliability risk.',
      expectation: 'SHOULD',
      timing: AT_SERVER_REVIEW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Add server end-of-support dates to the digital strategy and budget plan, with a decision for each: replace, move to the cloud or retire.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.critical-hardware',
      title: 'Servers with critical data survive a single failure',
      question:
        'Do servers that hold critical data have two power supplies, mirrored or RAID disks, and a backup server or network connection to take over if one fails?',
      hint: 'IT support can tell you from the server specifications. The aim is that no single failed part (a disk, power supply or network card) takes a critical system down.',
      expectation: 'SHOULD',
      timing: AT_SERVER_REVIEW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to identify single points of failure in critical servers and price the fixes, or a move to the cloud, for the next budget.',
          owner: 'IT_SUPPORT',
          costBand: 'MEDIUM',
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.ups',
      title: 'Battery backup with automatic safe shutdown',
      question:
        'Are critical servers connected to an uninterruptible power supply (UPS) that keeps them running for at least 30 minutes and shuts them down safely on its own?',
      hint: 'Ask IT support how long the UPS batteries last under the current load, when they were last tested, and whether the automatic shutdown has been tried.',
      expectation: 'SHOULD',
      timing: AT_SERVER_REVIEW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Test the UPS runtime and automatic shutdown, and replace batteries or the unit if it cannot give 30 minutes.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.backups',
      title: 'Server data backed up regularly',
      question: 'Is the data on school servers backed up regularly, with at least one copy kept off site, and are restores tested?',
      hint: 'The cyber security standard expects 3 copies on 2 different systems with 1 off site, and restores tested each term. Ask IT support for the last test-restore record.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Expected now' },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Confirm with IT support that every server is in the backup plan, with an off-site copy, and that a restore is tested and logged each term.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'servers-and-storage.security.cyber-standards',
      title: 'Servers meet the cyber security standards',
      question:
        "Do servers and storage meet the school's cyber security standards, with all software properly licensed and security updates installed promptly?",
      hint: 'Ask IT support for a list of servers with their operating system, licence status and date of last update. The NCSC 10 Steps to Cyber Security is a good framework for the wider checks.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to report any unlicensed software or missing security updates on servers, and agree dates to fix them.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
        {
          action: 'Use the NCSC 10 Steps as a checklist when IT support next reviews server security.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: NCSC_10_STEPS,
        },
      ],
    },
    {
      code: 'servers-and-storage.security.termly-review',
      title: 'Server security reviewed each term',
      question: 'Is the security of servers and storage reviewed at least once a term, and again after any significant change?',
      hint: 'Look for dated review notes from IT support. A significant change could be a new server, a new system, a change of IT support provider or an incident.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: "Add a termly server security review to IT support's schedule, with a short written summary sent to the SLT digital lead.",
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'servers-and-storage.security.data-protection',
      title: 'Data protection assessed, breach roles clear',
      question:
        'Is there a data protection impact assessment (DPIA) for the personal data on school servers, and does everyone know their role if that data is breached?',
      hint: 'The DPO should hold the DPIA. The breach plan should name who spots, reports, contains and investigates a breach, and who reports it to the ICO (within 72 hours when a breach must be reported).',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask the DPO to complete or update the DPIA for data held on school servers and to confirm the named roles in the breach plan.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: DPIA,
        },
      ],
    },
    {
      code: 'servers-and-storage.security.joiners-leavers',
      title: 'Server access given and removed on time',
      question: 'Is there a process to give people access to server data when they join and remove it promptly when they leave or change role?',
      hint: 'Check a recent leaver and a recent change of role: was their access to shared drives and server systems updated on the right day?',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            "Include server and shared-drive access in the school's joiners, movers and leavers checklist, and review access to sensitive folders each term.",
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'servers-and-storage.energy.efficiency',
      title: 'Servers use energy efficiently',
      question:
        'Do servers use power-saving settings when idle, and is new kit chosen to be energy-efficient (for example ENERGY STAR rated), the right size for the job and repairable?',
      hint: 'Ask IT support whether power management is switched on and how busy each server is. Lightly used servers can often be combined or moved to the cloud.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Review energy use now' },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to turn on idle power-saving, and to flag servers that are barely used so they can be combined or retired.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Add energy rating, right sizing and repairability to the specification for any future server purchase.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'servers-and-storage.room.dedicated',
      title: 'Locked, dedicated and cooled server room',
      question:
        'Are servers kept in a locked room used only for IT equipment, in cabinets, with cooling and its own UPS, and with no windows, liquids, battery devices or direct access from a classroom?',
      hint: 'For one standard cabinet (800 mm wide, 1000 mm deep), DfE suggests a room at least 3.4 m deep and 2.2 m wide, plus 0.8 m of width for each extra cabinet, leaving 1.4 m clear to the side wall. Nothing flammable, no laptop charging trolleys.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'At the next server room review, move or building work' },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Walk round the server room with IT support and remove anything that should not be there, such as stored items, liquids or charging devices.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
        {
          action:
            'If the room is shared, has windows or opens off a classroom, include a proper server room (or moving servers to the cloud) in the estates plan.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'HIGH',
        },
      ],
    },
  ],
} satisfies StandardInput;
