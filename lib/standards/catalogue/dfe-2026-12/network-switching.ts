import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/network-switching-core-standard`;
const PLAN_TECH_URL = 'https://www.plan-technology-for-your-school.education.gov.uk/';

// In-page anchors built from the standard page's headings.
const PERFORMANCE_SECTION = `${PAGE}#the-network-switches-should-provide-fast-reliable-and-secure-connections-to-all-users-both-wired-and-wireless`;
const MANAGEMENT_SECTION = `${PAGE}#have-a-platform-that-can-centrally-manage-the-network-switching-infrastructure`;
const SECURITY_SECTION = `${PAGE}#the-network-switches-should-have-security-features-to-protect-users-and-data-from-unauthorised-access`;
const UPS_SECTION = `${PAGE}#core-network-switches-should-be-connected-to-at-least-one-ups-to-reduce-the-impact-of-outages`;

const STANDARD = { title: 'DfE: network switching standard', url: PAGE };
const PERFORMANCE = { title: 'DfE: switching standard, fast and reliable connections', url: PERFORMANCE_SECTION };
const MANAGEMENT = { title: 'DfE: switching standard, central management', url: MANAGEMENT_SECTION };
const SECURITY = { title: 'DfE: switching standard, security features', url: SECURITY_SECTION };
const UPS = { title: 'DfE: switching standard, core switches and UPS', url: UPS_SECTION };
const PLAN_TECH = { title: 'DfE: Plan technology for your school', url: PLAN_TECH_URL };
const NCSC_PASSWORDS = { title: 'NCSC: password administration for system owners', url: 'https://www.ncsc.gov.uk/collection/passwords' };

const AT_REPLACEMENT = 'When current switches are not coping or are no longer supported, and whenever you buy new ones';
const AT_MAINTENANCE = 'At your next scheduled maintenance or configuration review at the latest';

export const networkSwitching = {
  slug: 'network-switching',
  title: 'Network switching',
  summary:
    'Switches are the boxes that connect every cable, access point and server on site. They should be fast enough, powered and protected, recorded, secure, managed from one place, and replaced before they stop getting support.',
  core: true,
  layer: 3,
  timing: { kind: 'BY_DATE', date: '2030-12-31', text: 'Core standard: every school working towards it by 2030' },
  sourceUrl: PAGE,
  requirements: [
    {
      code: 'network-switching.documentation.network-records',
      title: 'Up-to-date network records',
      question: 'Do you have current records of your network, including a diagram showing where each switch is, what it connects to and how it is set up?',
      hint: 'Ask IT support for the network diagram and switch list, and check the date it was last updated. If only one person carries this knowledge in their head, the answer is no.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_MAINTENANCE },
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Ask IT support to produce or update a network diagram and a list of switches with their location, model, settings and network addresses.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
        {
          action: 'Store a copy where the school, not only the IT provider, can reach it, and ask for it to be updated after every change.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'network-switching.performance.port-speeds',
      title: 'At least 1 Gbps to every desktop',
      question: 'Do your switches give at least 1 Gbps to every desktop computer and other wired device?',
      hint: 'Gbps means gigabits per second. Ask IT support to check the port speeds on each switch model, or look at the model data sheets. Older switches with 100 Mbps ports are a common bottleneck.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: PERFORMANCE_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list any switches with ports slower than 1 Gbps.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: PERFORMANCE,
        },
        {
          action: 'Add the slowest switches to your renewal plan so they are replaced first.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'network-switching.performance.multi-gig',
      title: 'Faster ports for heavy users',
      question: 'Are servers, Wi-Fi access points and media equipment plugged into faster (multi-gig) switch ports where they need more than 1 Gbps?',
      hint: 'Multi-gig ports run at 2.5, 5 or 10 Gbps. Modern Wi-Fi access points and servers can be held back by a 1 Gbps port. Ask IT support which devices sit on ports that limit their speed.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: PERFORMANCE_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list any access points or servers on ports that limit their speed.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'When buying switches, ask for enough multi-gig ports for access points, servers and media equipment.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: PERFORMANCE,
        },
      ],
    },
    {
      code: 'network-switching.performance.stacking',
      title: 'Fast links inside switch stacks',
      question: 'Where switches are stacked together, are they joined at 40 Gbps or more through dedicated stacking ports?',
      hint: "A stack is a group of switches in one cupboard linked to work as one. Ask IT support whether your switches are stacked and how: dedicated stacking ports or cables, and the speed shown on the model's data sheet. If none of your switches are stacked, answer yes.",
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: PERFORMANCE_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list each switch stack with the type and speed of the links between its switches.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'When stacked switches are next replaced, specify dedicated stacking ports at 40 Gbps or more.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: PERFORMANCE,
        },
      ],
    },
    {
      code: 'network-switching.specification.minimums',
      title: "Switches meet DfE's minimum specification",
      question:
        "Do your switches meet DfE's minimum specification list for memory, address capacity, loop protection, switching fabric, power standards and energy saving?",
      hint: 'Ask IT support to compare each switch data sheet with the list: at least 512 MB memory; at least 16,000 MAC (device) addresses; MST or RST spanning tree (stops network loops); non-blocking fabric (full speed on all ports at once); PoE to IEEE 802.3af/at/bt with LLDP-MED; Energy-Efficient Ethernet (802.3az). Any switch missing an item means no.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: PERFORMANCE_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to check each switch model against the DfE list and note any that fall short.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Put the DfE minimum specification into every switch quote or tender.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: PERFORMANCE,
        },
      ],
    },
    {
      code: 'network-switching.performance.uplinks',
      title: 'Fast links back to the main server room',
      question:
        'Is each switch in a hub room (a network cupboard away from the main server room) linked back to the core at 10 Gbps or more, over at least two links?',
      hint: 'Ask IT support how each network cupboard connects to the main server room. DfE asks for at least two 10 Gbps links, and where possible for them to follow different routes so one damaged cable does not cut off the cupboard.',
      expectation: 'MUST',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: PERFORMANCE_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to map the links between each network cupboard and the core, showing their speed and route.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action:
            'Where a cupboard has a single or slower link, plan a second 10 Gbps link (by a different route where possible) as part of the next switch or cabling work.',
          owner: 'SUPPLIER',
          costBand: 'MEDIUM',
          guidance: PERFORMANCE,
        },
      ],
    },
    {
      code: 'network-switching.power.poe',
      title: 'Enough power for connected devices',
      question:
        'Can your switches supply enough power over the network cable (PoE) for every device that relies on it, such as Wi-Fi access points, phones and cameras?',
      hint: "Many devices take their power through the network cable (Power over Ethernet, or PoE). Ask IT support to compare the power each switch can supply with what its devices need under the makers' specifications, and to flag any switch near its limit.",
      expectation: 'MUST',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: PERFORMANCE_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: "Ask IT support to check each switch's power budget against the devices plugged into it, and flag any that are at or over their limit.",
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Check the power needs of any new access points, phones or cameras before buying them, and upgrade switches where they cannot supply enough.',
          owner: 'IT_SUPPORT',
          costBand: 'MEDIUM',
          guidance: PERFORMANCE,
        },
      ],
    },
    {
      code: 'network-switching.management.central',
      title: 'Managed from one central tool',
      question:
        'Are all your switches, in the server room and in network cupboards, set up and watched from one central management tool that alerts IT support to faults?',
      hint: 'Ask IT support to show you the tool they use and what happens when a switch fails. Switches that can only be managed one by one, or not at all, are harder to keep secure and up to date.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: MANAGEMENT_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support whether every switch is visible in a central tool and whether alerts reach someone who will act on them.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Include central management of core and edge switches in the specification for the next switch purchase.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: MANAGEMENT,
        },
      ],
    },
    {
      code: 'network-switching.management.admin-training',
      title: 'Administrators trained on the switches',
      question: 'Have the people who run your switches had on-site training on them, approved by the manufacturer and covering their security settings?',
      hint: 'Ask IT support (or the supplier, if they run the network) who manages the switches and for their training records or certificates. DfE expects this training to come with the switches and to suit the size of your network.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: MANAGEMENT_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support for a record of who has been trained on the switches and management tool, and when.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Include an on-site, manufacturer-approved administrator training package, covering security, in the next switch purchase.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'LOW',
          guidance: MANAGEMENT,
        },
      ],
    },
    {
      code: 'network-switching.location.secure-cabinets',
      title: 'Switches kept locked away',
      question: 'Are all your switches kept in locked cabinets or rooms that pupils and visitors cannot get into?',
      hint: 'Walk round with IT support and look at every switch. Switches on open shelves, under desks or in unlocked cupboards are at risk of tampering and damage. Ask who holds the keys.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_MAINTENANCE },
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'List any switches that are not in a locked space, and agree who holds the keys.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
        {
          action: 'Fit lockable cabinets where switches are exposed.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'network-switching.location.ventilated',
      title: 'Switches kept cool',
      question: 'Are all your switches kept in well-ventilated spaces that do not overheat and are kept clear of stored items?',
      hint: 'On the same walk round with IT support, feel whether cupboards are hot and look for blocked vents, boxes piled against cabinets or rooms used for storage. Ask IT support whether any switch has reported overheating.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_MAINTENANCE },
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Clear stored items away from switch cabinets and list any cupboards that get hot.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
        {
          action: 'Add ventilation or cooling, or move switches, where cupboards overheat.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'network-switching.support.warranty-firmware',
      title: 'Switches under warranty',
      question: 'Are all your switches covered by a manufacturer warranty and support agreement?',
      hint: 'Check the asset register for warranty end dates, or ask IT support. DfE suggests buying switches with at least five years of manufacturer warranty and support (telephone, email and web), including licences and firmware updates.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: MANAGEMENT_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Record the warranty end date for each switch in the asset register.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Ask for at least five years of manufacturer warranty and support in every switch purchase.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: MANAGEMENT,
        },
      ],
    },
    {
      code: 'network-switching.support.firmware-updates',
      title: 'Switches still getting updates',
      question: 'Are all your switches still getting firmware and security updates from the manufacturer?',
      hint: "Firmware is the software built into the switch. Ask IT support whether the manufacturer still issues updates for each model and whether an end-of-support date has been announced. The manufacturer's website usually lists these dates.",
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: MANAGEMENT_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Record the end-of-support date for each switch model in the asset register.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Replace any switch that no longer gets firmware or security updates.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
          guidance: MANAGEMENT,
        },
      ],
    },
    {
      code: 'network-switching.support.updates-installed',
      title: 'Switch updates installed promptly',
      question: 'Are software and firmware updates for your switches installed promptly once they are released?',
      hint: 'Ask IT support whether updates install automatically and when they last checked by hand that every switch is up to date. DfE expects both: automatic updates and manual checks.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_MAINTENANCE },
      sourceUrl: SECURITY_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to install updates automatically where possible and check by hand each term that every switch is up to date.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: SECURITY,
        },
      ],
    },
    {
      code: 'network-switching.planning.renewal-plan',
      title: 'Plan for replacing switches',
      question: 'Do you have a plan, with a budget, for replacing switches that fail or that go out of warranty?',
      hint: 'Ask the SLT digital lead or IT support for it. The plan can be a simple table from the asset register: each switch, when its warranty or support ends, the replacement year and a rough cost. It should also say what happens if a switch fails suddenly, for example a spare or a supplier call-out.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'Before your next budget cycle, and whenever warranties are close to ending' },
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Write a switch renewal plan from the asset register, with replacement years and rough costs, and add it to the digital strategy.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
        {
          action: 'Put the replacement costs into the budget forecast for the years they fall due.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'network-switching.resilience.backup-power',
      title: 'Core switches on backup power',
      question: 'Are your core switches (the main ones in the server room) connected to a UPS battery unit that keeps them running through a power cut?',
      hint: 'A UPS (uninterruptible power supply) is a battery unit that powers equipment through a short power cut and protects against power surges. Ask IT support to show you what the core switches plug into and when the UPS batteries were last tested or replaced.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_MAINTENANCE },
      sourceUrl: UPS_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Buy and fit a UPS for the core switches if they have none, and note the battery replacement date in the asset register.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: UPS,
        },
        {
          action: 'Ask IT support to test the UPS at least once a year and replace batteries when due.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'network-switching.resilience.core-redundancy',
      title: 'No single weak point in the core switches',
      question:
        'Do your critical core switches have two power supplies, two management modules and two links to other critical equipment, so one fault cannot bring the network down?',
      hint: 'This applies to the few switches everything else depends on. IT support or your supplier can check the model and how it is connected. If your core is a single switch with one power supply, the answer is no.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: UPS_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to identify the critical core switches and note any that have a single power supply, management module or link.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Include dual power supplies, dual management and two links in the specification when the core switches are next replaced.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'HIGH',
          guidance: UPS,
        },
      ],
    },
    {
      code: 'network-switching.security.admin-accounts',
      title: 'Admin accounts secured',
      question: 'Are the administrator accounts on your switches protected with strong, unique passwords?',
      hint: 'Ask IT support who can sign in to the switches, whether any manufacturer default passwords remain, and whether sign-in needs a second step (multi-factor sign-in) where the tool allows it.',
      expectation: 'MUST',
      timing: { kind: 'AT_TRIGGER', text: AT_MAINTENANCE },
      sourceUrl: SECURITY_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask IT support to list every admin account on the switches, remove unneeded ones, change any default passwords and use multi-factor sign-in where the tool allows.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_PASSWORDS,
        },
      ],
    },
    {
      code: 'network-switching.security.admin-accounts-record',
      title: 'Admin accounts written down',
      question: 'Is there a full, up-to-date record of every administrator account on your switches and who holds it?',
      hint: 'Ask IT support to show you the record and when it was last checked. It should include supplier accounts. If nobody at the school can see it, or it names people who have left, the answer is no.',
      expectation: 'MUST',
      timing: { kind: 'AT_TRIGGER', text: AT_MAINTENANCE },
      sourceUrl: SECURITY_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Keep the record of admin accounts where the SLT digital lead can reach it, and review it when IT staff or suppliers change.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: SECURITY,
        },
      ],
    },
    {
      code: 'network-switching.security.segregation',
      title: 'Network split into sections',
      question: 'Is your network divided into separate sections (for example staff, pupils, guests, phones and cameras)?',
      hint: 'Ask IT support whether the network uses separate virtual networks (VLANs) and what each can reach. Ask too whether important traffic, such as phones, is given priority (quality of service), which DfE also expects.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_MAINTENANCE },
      sourceUrl: SECURITY_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to explain how the network is divided and what each section can reach.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Separate staff, pupil, guest and building-system traffic, and give priority to important traffic such as phones.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: SECURITY,
        },
      ],
    },
    {
      code: 'network-switching.security.access-control',
      title: 'Checks on which devices can connect',
      question: 'Does your network check devices before letting them on, so an unknown device plugged into a wall socket cannot reach school systems?',
      hint: 'This is called network access control (NAC). Ask IT support what happens when an unknown laptop is plugged into a spare network socket, or ask them to show you.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_MAINTENANCE },
      sourceUrl: SECURITY_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to test what a device plugged into a spare wall socket can reach.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Add network access control at the next switch upgrade if it is missing.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: SECURITY,
        },
      ],
    },
  ],
} satisfies StandardInput;
