import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/servers-and-storage`;

// In-page anchors, built from the page's heading text as quoted by a public catalogue of the
// 16 Sep 2026 page (GOV.UK anchors: lower case, punctuation dropped, spaces to hyphens).
const RESILIENCE = `${PAGE}#all-servers-and-related-storage-platforms-should-continue-to-work-if-any-single-component-or-service-fails`;
const SECURITY = `${PAGE}#servers-and-related-storage-platforms-must-be-secure-and-follow-data-protection-legislation`;
const ENERGY = `${PAGE}#all-servers-and-related-storage-platforms-should-be-energy-efficient-and-set-up-to-reduce-power-consumption-while-still-meeting-user-needs`;
const ROOM = `${PAGE}#all-server-and-related-storage-platforms-should-be-kept-and-used-in-an-appropriate-physical-environment`;

const STANDARD = { title: 'DfE: servers and storage standard', url: PAGE };
const CYBER = { title: 'DfE: cyber security standard', url: `${HUB}/cyber-security-core-standard` };
const CLOUD = { title: 'DfE: cloud solutions standard', url: `${HUB}/cloud-solutions` };
const LEADERSHIP = { title: 'DfE: digital leadership and governance standard', url: `${HUB}/digital-leadership-and-governance-core-standard` };
const NCSC_10_STEPS = { title: 'NCSC: 10 Steps to Cyber Security', url: 'https://www.ncsc.gov.uk/collection/10-steps' };
const NCSC_BACKUP = { title: 'NCSC: backing up your data', url: 'https://www.ncsc.gov.uk/collection/small-business-guide/backing-your-data' };
const DPIA = {
  title: 'ICO: data protection impact assessments',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/',
};
const ICO_BREACH = { title: 'ICO: report a personal data breach', url: 'https://ico.org.uk/for-organisations/report-a-breach/' };
const ICO_RETENTION = {
  title: 'ICO: storage limitation (how long to keep data)',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/data-protection-principles/a-guide-to-the-data-protection-principles/storage-limitation',
};

const NOW_LAW = { kind: 'NOW', text: 'Expected now: security and data protection law already apply' } as const;
const NOW_RESILIENCE = { kind: 'NOW', text: 'Expected now: DfE also ties this to data protection law' } as const;
const NOW_ROOM = { kind: 'NOW', text: 'Expected now; if the room falls short, fix it or move servers to the cloud' } as const;
const AT_PURCHASE = { kind: 'AT_TRIGGER', text: 'When buying new servers, storage or server systems' } as const;

export const serversAndStorage = {
  slug: 'servers-and-storage',
  title: 'Servers and storage',
  summary:
    'Any servers and storage the school still runs on site. They should keep working when one part fails, be secure and lawful with the data they hold, use as little energy as practical, and live in a proper locked server room.',
  core: false,
  layer: 3,
  timing: { kind: 'NOW', text: 'Resilience, security, data protection and the server room expected now; review energy use now and at purchase' },
  sourceUrl: PAGE,
  requirements: [
    {
      code: 'servers-and-storage.resilience.max-downtime',
      title: 'Senior leaders have set the longest acceptable outage',
      question: 'Have senior leaders decided how long each important server or system can be out of action before it seriously affects the school?',
      hint: 'Ask the SLT digital lead, and look in the business continuity plan. For example, the management information system might be needed back within half a day, while a print server could wait longer. This decision drives how much resilience, backup and support to pay for.',
      expectation: 'SHOULD',
      timing: NOW_RESILIENCE,
      sourceUrl: RESILIENCE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'List the systems that run on school servers and agree, with IT support, the longest acceptable outage for each; record it in the business continuity plan.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: LEADERSHIP,
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.monitoring',
      title: 'Servers monitored, with fault alerts',
      question: 'Are servers and storage monitored so that IT support is alerted straight away when a part or service fails?',
      hint: 'Ask IT support what alerts they receive, from which tool, and to show you the last one and what they did about it.',
      expectation: 'SHOULD',
      timing: NOW_RESILIENCE,
      sourceUrl: RESILIENCE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to confirm every server and storage unit sends fault alerts, and to report alerts and fixes each term.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.warranty',
      title: 'Warranty and fast part replacement',
      question:
        'Is every server under a valid manufacturer warranty or support agreement that gets failed parts replaced quickly enough for how critical it is?',
      hint: 'Ask IT support or the business manager for the warranty or support contract for each server and check the end date and how fast replacement parts arrive (for example next working day). Servers with critical data need the fastest terms.',
      expectation: 'SHOULD',
      timing: NOW_RESILIENCE,
      sourceUrl: RESILIENCE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Record each server’s warranty end date and part-replacement time in the asset register, and renew or upgrade any that do not match the outage the school can accept.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
          guidance: LEADERSHIP,
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.replacement',
      title: 'Servers replaced before end of life',
      question: 'Is each server scheduled for replacement (or moving to the cloud) before its warranty and manufacturer support end?',
      hint: 'Ask the SLT digital lead for the asset register and check it holds end-of-support dates for each server. Servers past that point stop getting fixes and become both a security and a reliability risk.',
      expectation: 'SHOULD',
      timing: NOW_RESILIENCE,
      sourceUrl: RESILIENCE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add server end-of-support dates to the digital strategy and budget plan, with a decision for each: replace, move to the cloud or retire.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: CLOUD,
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.critical-hardware',
      title: 'Two power supplies on critical servers',
      question: 'Do servers that hold critical data have two or more power supplies that take over automatically if one fails?',
      hint: 'Ask IT support, who can tell from the server specifications or management screen. The aim is that no single failed part takes a critical system down.',
      expectation: 'SHOULD',
      timing: NOW_RESILIENCE,
      sourceUrl: RESILIENCE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list critical servers with a single power supply and price a second one, or a move to the cloud, for the next budget.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.disk-redundancy',
      title: 'Mirrored or RAID disks on critical servers',
      question: 'Are the disks in servers that hold critical data set up with mirroring or RAID, so one failed disk does not lose data or stop the server?',
      hint: 'Ask IT support to show the disk set-up in the server management screen. Mirroring keeps two copies on separate disks; RAID spreads data across several disks so one can fail safely. Neither replaces a backup.',
      expectation: 'SHOULD',
      timing: NOW_RESILIENCE,
      sourceUrl: RESILIENCE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to confirm disk redundancy on every critical server and to replace any failed disk as soon as an alert is raised.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.failover',
      title: 'Automatic failover for critical servers',
      question:
        'Is there a backup server (on site or in the cloud) and spare network connection ready to take over automatically if a critical server or its network card fails?',
      hint: 'Ask IT support what happens if the main server for the management information system or file storage stops: is there a second server or cloud copy that takes over, and has the switch-over been tested?',
      expectation: 'SHOULD',
      timing: NOW_RESILIENCE,
      sourceUrl: RESILIENCE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to price failover for each critical server, or a move of that system to the cloud, and add the choice to the budget plan.',
          owner: 'IT_SUPPORT',
          costBand: 'MEDIUM',
          guidance: CLOUD,
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.ups',
      title: 'Battery backup with automatic safe shutdown',
      question:
        'Are critical servers connected to an uninterruptible power supply (UPS) that keeps them running for at least 30 minutes and shuts them down safely on its own?',
      hint: 'Ask IT support how long the UPS batteries last under the current load, when they were last tested, and whether the automatic shutdown has been tried. The server room should have its own UPS able to carry everything in it.',
      expectation: 'SHOULD',
      timing: NOW_RESILIENCE,
      sourceUrl: RESILIENCE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Test the UPS runtime and automatic shutdown, and replace batteries or the unit if it cannot give 30 minutes.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'servers-and-storage.resilience.backups',
      title: 'Server data backed up regularly',
      question: 'Are the systems and data on school servers backed up on a regular schedule?',
      hint: 'Ask IT support for the backup schedule and the last successful backup report. The cyber security standard adds more: 3 copies on 2 different systems with 1 off site, and restores tested each term.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Expected now' },
      sourceUrl: RESILIENCE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Confirm with IT support that every server is in the backup schedule, and follow the cyber security standard for off-site copies and test restores.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_BACKUP,
        },
      ],
    },
    {
      code: 'servers-and-storage.security.cyber-standards',
      title: 'Servers meet the cyber security standard',
      question: "Has IT support checked that the school's servers and storage meet the DfE cyber security standard?",
      hint: 'Ask IT support for their last check of servers against the cyber security standard and what it found. The NCSC 10 Steps to Cyber Security is a good framework for the wider checks.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: SECURITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to check servers and storage against the cyber security standard and agree dates to fix any gaps.',
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
      code: 'servers-and-storage.security.licensed',
      title: 'Server software properly licensed',
      question: 'Is all software on school servers and storage properly licensed?',
      hint: 'Ask IT support for a list of servers with their operating system and licence status, and check it against the contracts register. Unlicensed software must be licensed or removed.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: SECURITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to report any unlicensed software on servers and either license it or remove it.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'servers-and-storage.security.updates',
      title: 'Server security updates installed',
      question: 'Are security updates and firmware fixes installed on school servers and storage, with critical and high-rated fixes applied within 14 days?',
      hint: 'Ask IT support for the date each server was last updated and any fixes still outstanding. Firmware is the built-in software in the hardware. Fixes the maker rates critical or high must go on within 14 days under the cyber security standard.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: SECURITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support for a monthly server patch report listing any critical or high fix not installed within 14 days, with the reason and a date.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'servers-and-storage.security.termly-review',
      title: 'Server security reviewed each term',
      question: 'Is the security of servers and storage reviewed at least once a term, and again after any significant change?',
      hint: 'Ask IT support for dated review notes. A significant change could be a new server, a new system, a change of IT support provider or an incident.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: SECURITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: "Add a termly server security review to IT support's schedule, with a short written summary sent to the SLT digital lead.",
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_10_STEPS,
        },
      ],
    },
    {
      code: 'servers-and-storage.security.data-protection',
      title: 'DPIA for personal data on servers',
      question: 'Has the DPO carried out a data protection impact assessment (DPIA) for the servers and storage that hold personal data?',
      hint: 'Ask the DPO to show the DPIA and its date. A DPIA is a written check of the risks to people’s data and how they are reduced. DfE expects one for every server holding personal data; the law requires one where the use is likely to be high risk.',
      expectation: 'SHOULD',
      timing: NOW_LAW,
      sourceUrl: SECURITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask the DPO to complete or update the DPIA for data held on school servers and storage.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: DPIA,
        },
      ],
    },
    {
      code: 'servers-and-storage.security.dpia-high-risk',
      title: 'DPIA before high-risk use of server data',
      question:
        'Where school servers hold data whose use is likely to be high risk to people, such as safeguarding, health or SEN records, was a DPIA done before that use began?',
      hint: 'Ask the DPO which server systems they rate high risk and to show the DPIA for each. UK GDPR makes a DPIA a legal duty before processing that is likely to be high risk, for example large amounts of sensitive data about children.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: SECURITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask the DPO to mark which server systems are high risk and confirm each has a DPIA; complete any that are missing straight away.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: DPIA,
        },
      ],
    },
    {
      code: 'servers-and-storage.security.breach-roles',
      title: 'Breach roles written down for server data',
      question: 'Is it written down who does what if personal data held on school servers is breached?',
      hint: 'Ask the DPO for the breach procedure. It should name who spots, reports, contains and investigates a breach, and who reports it to the ICO, which must happen within 72 hours when a breach has to be reported.',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: SECURITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask the DPO to confirm the named roles in the breach procedure, including IT support’s part in containing a breach on school servers.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: ICO_BREACH,
        },
      ],
    },
    {
      code: 'servers-and-storage.security.dpo-consulted',
      title: 'IT support consults the DPO on retention and sharing',
      question: 'Does IT support consult the DPO on data protection questions about server data, such as how long it is kept and who it is shared with?',
      hint: 'Ask the DPO when IT support last asked their advice, and whether server data follows the school’s retention schedule (the list of how long each kind of record is kept). Data kept longer than needed is a data protection risk.',
      expectation: 'SHOULD',
      timing: NOW_LAW,
      sourceUrl: SECURITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Agree that IT support checks with the DPO before changing how long server data is kept or giving anyone new access to it.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: ICO_RETENTION,
        },
      ],
    },
    {
      code: 'servers-and-storage.security.supplier-choice',
      title: 'Suppliers chosen on security',
      question:
        'When buying new server systems or services, do the business manager and IT support choose suppliers on whether they can meet the security requirements?',
      hint: 'Ask the business manager to show the specification or scoring sheet from the last server purchase and check security was part of the choice, not only price.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: SECURITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add the cyber security standard’s requirements to the specification and scoring for any future server or storage purchase.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'servers-and-storage.security.joiners-leavers',
      title: 'Server access given and removed on time',
      question: 'Is there a process to give people access to server data when they join and remove it promptly when they leave or change role?',
      hint: 'Ask IT support to check a recent leaver and a recent change of role: was their access to shared drives and server systems updated on the right day?',
      expectation: 'MUST',
      timing: NOW_LAW,
      sourceUrl: SECURITY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            "Include server and shared-drive access in the school's joiners, movers and leavers checklist, and review access to sensitive folders each term.",
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'servers-and-storage.energy.efficiency',
      title: 'Servers use power-saving settings',
      question: 'Are existing servers set to save power when idle, with unused features switched off, without harming performance or backups?',
      hint: 'Ask IT support whether power management is switched on and how busy each server is. Lightly used servers can often be combined or moved to the cloud.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Review energy use now' },
      sourceUrl: ENERGY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to turn on idle power-saving, and to flag servers that are barely used so they can be combined or retired.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CLOUD,
        },
      ],
    },
    {
      code: 'servers-and-storage.energy.procurement',
      title: 'Energy efficiency in server purchases',
      question:
        'Does the specification for new servers and storage ask for energy-efficient kit (for example ENERGY STAR rated) that is the right size for the job and repairable?',
      hint: 'Ask the business manager for the specification used in the last server purchase. Right size means enough for current needs and planned growth, not more.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: ENERGY,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add energy rating, power-saving set-up, right sizing and repairability to the specification for any future server purchase.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'servers-and-storage.room.dedicated',
      title: 'Locked room used only for IT',
      question: 'Are servers kept in a locked room or cupboard that is used only for IT equipment, and only by people who need access?',
      hint: 'Walk round the server room with IT support or the site manager. Check it is locked, who holds keys or door access, and that it is not also used as a store or office.',
      expectation: 'SHOULD',
      timing: NOW_ROOM,
      sourceUrl: ROOM,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Fit a lock if needed, limit keys or door access to people who need it, and move out anything not related to IT.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'servers-and-storage.room.cabinets-and-cooling',
      title: 'Servers in cabinets, kept cool',
      question: 'Are servers mounted in cabinets, with enough cooling or ventilation to keep them within the temperature the manufacturer recommends?',
      hint: 'Ask IT support to show the room temperature reading or alerts for the last few months and compare it with the server maker’s limits. A hot room shortens the life of equipment and causes failures.',
      expectation: 'SHOULD',
      timing: NOW_ROOM,
      sourceUrl: ROOM,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to set up a temperature alert in the server room and get quotes for cooling if it runs above the maker’s limits.',
          owner: 'IT_SUPPORT',
          costBand: 'MEDIUM',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'servers-and-storage.room.no-flammables',
      title: 'Nothing flammable in the server room',
      question: 'Is the server room kept free of flammable items such as paper, boxes, clothing, solvents and chemicals?',
      hint: 'Walk round the server room with the site manager. Stored boxes, paperwork and cleaning products are the usual finds.',
      expectation: 'SHOULD',
      timing: NOW_ROOM,
      sourceUrl: ROOM,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Clear anything flammable out of the server room and add a check to the site manager’s termly walk-round.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'servers-and-storage.room.size',
      title: 'Server room big enough',
      question: 'Is the server room at least the size DfE suggests for the number of server cabinets in it?',
      hint: 'Ask the site manager to measure it. For one standard cabinet (800 mm wide, 1000 mm deep) DfE suggests a room at least 3.4 m deep and 2.2 m wide, with 0.8 m more width for each extra cabinet, leaving 1.4 m clear to the side wall.',
      expectation: 'SHOULD',
      timing: NOW_ROOM,
      sourceUrl: ROOM,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'If the room is too small, include a proper server room, or moving servers to the cloud, in the estates plan.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'HIGH',
          guidance: CLOUD,
        },
      ],
    },
    {
      code: 'servers-and-storage.room.no-battery-devices',
      title: 'No laptops or battery devices in the server room',
      question: 'Is the server room free of battery-powered devices such as laptops, tablets and charging trolleys?',
      hint: 'Walk round the server room with IT support. DfE does not allow these in the room because their batteries are a fire risk; charging trolleys are often parked there for the power sockets.',
      expectation: 'MUST',
      timing: { kind: 'NOW', text: 'Expected now' },
      sourceUrl: ROOM,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Move laptops, tablets and charging trolleys out of the server room and find them another secure, ventilated space.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'servers-and-storage.room.no-windows',
      title: 'No windows in the server room',
      question: 'Does the server room have no windows?',
      hint: 'Ask the site manager or look for yourself. DfE does not allow windows in a server room, because they weaken security and let in heat and damp.',
      expectation: 'MUST',
      timing: NOW_ROOM,
      sourceUrl: ROOM,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'If the room has windows, include a new server room, or moving servers to the cloud, in the estates plan; in the meantime secure and shade the windows.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'HIGH',
          guidance: CLOUD,
        },
      ],
    },
    {
      code: 'servers-and-storage.room.no-classroom-access',
      title: 'Server room not entered from a classroom',
      question: 'Can the server room be reached without going through a classroom?',
      hint: 'Ask the site manager, or walk the route. DfE does not allow a server room that opens directly off a classroom, because pupils could reach it and staff would disturb lessons to get in.',
      expectation: 'MUST',
      timing: NOW_ROOM,
      sourceUrl: ROOM,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'If the room opens off a classroom, include moving it (or moving servers to the cloud) in the estates plan, and keep the door locked meanwhile.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'HIGH',
          guidance: CLOUD,
        },
      ],
    },
    {
      code: 'servers-and-storage.room.no-liquids',
      title: 'No liquids stored in the server room',
      question: 'Is the server room free of stored liquids, such as bottled water, drinks and cleaning fluids?',
      hint: 'Walk round the server room with IT support or the site manager. DfE does not allow liquids to be kept there, because a spill can destroy equipment.',
      expectation: 'MUST',
      timing: { kind: 'NOW', text: 'Expected now' },
      sourceUrl: ROOM,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Remove any liquids from the server room and tell staff, including cleaners and contractors, that drinks and fluids are not allowed there.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'servers-and-storage.room.water-and-dust',
      title: 'Server room protected from water and dust',
      question:
        'Has the server room been checked for nearby water and dust risks, such as pipes, toilets or labs above, water tanks, boilers and building work, and those risks dealt with?',
      hint: 'Ask the site manager to walk the room with IT support, looking up as well as around: pipes for water, heating, drainage or vents, rooms above with water, tanks or boilers nearby, and dust from any building work.',
      expectation: 'SHOULD',
      timing: NOW_ROOM,
      sourceUrl: ROOM,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Record the risks found and agree fixes, such as drip trays, moving kit away from pipes, or covering equipment during building work.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
          guidance: STANDARD,
        },
      ],
    },
  ],
} satisfies StandardInput;
