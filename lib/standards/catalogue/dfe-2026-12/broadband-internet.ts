import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/broadband-internet-core-standard`;
const KCSIE = 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2';
const FILTERING_PAGE = `${HUB}/filtering-and-monitoring-core-standard`;
const CYBER_PAGE = `${HUB}/cyber-security-core-standard`;
const PLAN_TECH_URL = 'https://www.plan-technology-for-your-school.education.gov.uk/';

// In-page anchors built from the standard page's headings.
const FIBRE_SECTION = `${PAGE}#schools-and-colleges-should-use-a-full-fibre-connection-for-their-broadband-service`;
const BACKUP_SECTION = `${PAGE}#schools-and-colleges-should-have-a-backup-broadband-connection-to-ensure-resilience-and-maintain-continuity-of-service`;
const SECURITY_SECTION = `${PAGE}#schools-and-colleges-should-have-appropriate-it-security-and-safeguarding-systems-in-place-under-both-child-and-data-protection-legislation`;

const STANDARD = { title: 'DfE: broadband internet standard', url: PAGE };
const BACKUP_GUIDANCE = { title: 'DfE: broadband standard, backup connection', url: BACKUP_SECTION };
const PLAN_TECH = { title: 'DfE: Plan technology for your school', url: PLAN_TECH_URL };

const AT_CONTRACT_END = 'When the current contract ends, or as soon as full fibre reaches your site';
const WITH_NEW_LINE = 'When you get a new connection, or soon after';

export const broadbandInternet = {
  slug: 'broadband-internet',
  title: 'Broadband internet',
  summary:
    'A fast full-fibre internet connection, plus a second line of a different type that takes over by itself, so lessons and school systems keep running when one connection fails. Everything coming in passes through a firewall and web filter.',
  core: true,
  layer: 3,
  timing: { kind: 'BY_DATE', date: '2030-12-31', text: 'Core standard: every school working towards it by 2030' },
  sourceUrl: PAGE,
  requirements: [
    {
      code: 'broadband-internet.connection.full-fibre',
      title: 'Full-fibre connection',
      question: 'Does your main internet connection use full fibre, meaning a fibre line right into the building (FTTP) or a dedicated leased line?',
      hint: 'Lines sold as "fibre broadband" often use copper for the last stretch to the building, and those do not count. Your bill, contract or supplier can tell you the line type. If the answer is no, note whether full fibre is on offer at your address but not taken, or not available yet.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_CONTRACT_END },
      sourceUrl: FIBRE_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask your current supplier, in writing, what type of line you have and whether full fibre or a leased line can be installed at your address.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
        },
        {
          action:
            'Get quotes for a full-fibre or leased-line connection and plan the move for when your current contract ends, including any installation or connection charges.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'broadband-internet.connection.speed',
      title: 'Connection speed right for your phase',
      question:
        'Does your connection reach the speed DfE sets for your phase: at least 100 Mbps download and 30 Mbps upload for a primary, or room for 1 Gbps both ways for a secondary, all-through school or college?',
      hint: 'Your contract shows the speed you pay for. To see what you really get, ask IT support to run a speed test on a wired computer at a busy time of day and compare it with the contract.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_CONTRACT_END },
      sourceUrl: FIBRE_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Run speed tests at quiet and busy times of the school day and record the results against the speed in your contract.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'If the speed falls short, ask your supplier for an upgrade to at least the DfE minimum for your phase, and build it into the next contract.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'broadband-internet.contract.annual-review',
      title: 'Broadband contract reviewed every year',
      question: 'Do you look at your broadband contract at least once a year to check it still gives the speed, reliability and value the school needs?',
      hint: 'Ask the business manager for the broadband contract in the contracts register and for the date it was last reviewed, then check its end date, notice period, price and the speed promised. If there is no record of a review in the last 12 months, the answer is no.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'Every year, and well before the notice date on the contract' },
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action:
            'Add the broadband contract to your contracts register with its end date and notice period, and set a yearly review reminder a few months before the notice date.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
        {
          action:
            'At each review, ask IT support whether the connection has kept up with demand (speed, outages, number of devices) and note any changes needed at renewal.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'broadband-internet.contract.fibre-ready',
      title: 'Non-fibre contracts leave room to move to fibre',
      question:
        'If you are not yet on full fibre, does your current contract (or any extension you sign) let you move to full fibre as soon as it becomes available?',
      hint: 'Look for early-exit fees or a long minimum term in the contract. A contract that would charge heavily to leave early could hold you on an older line for years. Answer yes if you are already on full fibre.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'Whenever you sign or extend a contract for a line that is not full fibre' },
      sourceUrl: FIBRE_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Before signing or extending a non-fibre contract, ask the supplier to include the right to switch to full fibre without penalty once it reaches your site.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'broadband-internet.backup.second-line',
      title: 'Backup internet line',
      question: 'Does the school have a second internet connection that can keep you online if the main one fails?',
      hint: "This is a second internet line, not a backup of your files or data. A 4G or 5G router kept in a cupboard, or a line that only serves one office, counts only if it can carry the school's essential systems. Ask IT support or check your contracts register.",
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: WITH_NEW_LINE },
      sourceUrl: BACKUP_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'List what stops working if the internet goes down (registers, MIS, payments, phones, safeguarding records, lessons) to show why a backup line matters.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
        {
          action: 'Get quotes for a backup connection and budget for its yearly cost, ideally ordering it alongside your next main connection.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'broadband-internet.backup.different-technology',
      title: 'Backup line uses a different technology',
      question: 'Does your backup connection use a different type of technology or route from your main one, so that the same fault cannot take out both?',
      hint: 'Two lines of the same kind running through the same cable or street cabinet can fail together. Examples of a good pair are a leased line plus full fibre, or full fibre plus low-Earth-orbit satellite. Ask your suppliers how each line reaches the building.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: WITH_NEW_LINE },
      sourceUrl: BACKUP_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask each supplier to confirm, in writing, the technology and physical route of their line so you can check that one fault will not cut both.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action:
            'If both lines share a technology or route, choose a different type (for example satellite or a leased line) when the backup contract is next due.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
          guidance: BACKUP_GUIDANCE,
        },
      ],
    },
    {
      code: 'broadband-internet.backup.automatic-failover',
      title: 'Switches to the backup line by itself',
      question: 'If the main connection drops, does the school switch over to the backup line automatically, without anyone having to do anything?',
      hint: 'Ask IT support how the switch-over happens and when it was last tested. Automatic switch-over normally needs more than one router (or a router built for it) set up to change lines on its own.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: WITH_NEW_LINE },
      sourceUrl: BACKUP_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask IT support to set up automatic switch-over between the two lines, using more than one router so a single router fault cannot cut you off.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: BACKUP_GUIDANCE,
        },
        {
          action: 'Test the switch-over at least once a year, outside lesson time, by unplugging the main line, and record the result.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'broadband-internet.backup.essential-services',
      title: 'Backup line can carry essential systems',
      question: "Is your backup line big enough to keep the school's essential systems running until the main connection is fixed?",
      hint: 'Agree which systems are essential (for example the MIS, registers, safeguarding records, phones and payments) and ask IT support whether the backup line could run them all at once for a full day.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: WITH_NEW_LINE },
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Agree and write down the list of systems that must keep working during an outage, and share it with IT support.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
        {
          action:
            "Ask IT support to check the backup line's capacity against that list and, if needed, set it to give essential systems priority when it is in use.",
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'broadband-internet.backup.contract-review',
      title: 'Backup line contract reviewed every year',
      question: 'Do you review the contract for your backup connection at least once a year?',
      hint: 'The backup line often sits on its own contract with its own end date. Ask the business manager to show you it in the contracts register, with the date it was last reviewed. No review in the last 12 months means the answer is no.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'Every year, and well before the notice date on the contract' },
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action:
            'Add the backup contract to the contracts register and review it with the main broadband contract each year, checking cost, capacity and how often it was used.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'broadband-internet.resilience.redundant-power',
      title: 'Backup power for core internet equipment',
      question:
        'Do the routers, firewalls and other core equipment that keep the school online have a second power source, such as a UPS, so a power cut or failed power supply does not take you offline?',
      hint: 'A UPS is a battery unit that keeps equipment running through a short power cut. Ask IT support to show you what the internet equipment plugs into, and whether key devices have two power supplies.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: WITH_NEW_LINE },
      sourceUrl: BACKUP_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list the core internet equipment and note which items have no UPS or second power supply.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Buy and fit a UPS for the core internet equipment, and add its battery replacement date to the asset register.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: BACKUP_GUIDANCE,
        },
      ],
    },
    {
      code: 'broadband-internet.security.web-filter',
      title: 'Web filter on every connection',
      question:
        'Does all internet traffic, on the main line and the backup line, go through a web filter that meets the online-safety expectations in Keeping children safe in education?',
      hint: 'Ask your designated safeguarding lead and IT support which filtering service you use and which connections it covers. Check it also covers the backup line and any portable Wi-Fi, not just the main connection.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Already expected through Keeping children safe in education' },
      sourceUrl: SECURITY_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            "Confirm with IT support that every internet connection, including the backup line, passes through the school's web filter, and record this in your filtering review.",
          owner: 'DSL',
          costBand: 'NONE',
          guidance: { title: 'DfE: filtering and monitoring standard', url: FILTERING_PAGE },
        },
        {
          action: 'If any connection is not filtered, ask your filtering provider to extend the service to it straight away.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: { title: 'DfE: Keeping children safe in education', url: KCSIE },
        },
      ],
    },
    {
      code: 'broadband-internet.security.firewall',
      title: 'Firewall between the school and the internet',
      question: 'Is there a firewall between the school network and the internet, either a device on site or a service run by your broadband supplier?',
      hint: 'A firewall blocks unwanted traffic coming in from the internet. Ask IT support or your broadband supplier who provides it and who looks after its settings.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Already expected' },
      sourceUrl: SECURITY_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to confirm which firewall protects each internet connection and who is responsible for updating and checking it.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: { title: 'DfE: cyber security standard', url: CYBER_PAGE },
        },
        {
          action: 'If a connection has no firewall, add one, either as a device on site or as a managed service from your supplier.',
          owner: 'SUPPLIER',
          costBand: 'MEDIUM',
        },
      ],
    },
  ],
} satisfies StandardInput;
