import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/network-switching-core-standard`;

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
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to produce or update a network diagram and a list of switches with their location, model, settings and network addresses.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: { title: 'DfE: network switching standard', url: PAGE },
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
      title: 'Fast enough connections to each device',
      question: 'Do your switches give at least 1 Gbps to every desktop, with faster (multi-gig) ports for servers, Wi-Fi access points and other heavy users?',
      hint: 'IT support can check the port speeds on each switch model. Older switches with 100 Mbps ports, or 1 Gbps ports feeding modern Wi-Fi access points, are a common bottleneck. Where switches are stacked together, the stack link should reach 40 Gbps through dedicated stacking ports.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to list any switches with ports slower than 1 Gbps, and any access points or servers on ports that limit their speed.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action:
            "When buying switches, ask for multi-gig ports for access points and servers plus DfE's minimums: 512 MB memory, 16,000 MAC addresses, MST or RST spanning tree, non-blocking design and Energy-Efficient Ethernet (802.3az).",
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: { title: 'DfE: network switching standard', url: PAGE },
        },
        {
          action: 'Add the slowest switches to your renewal plan so they are replaced first.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'MEDIUM',
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
      sourceUrl: PAGE,
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
          guidance: { title: 'DfE: network switching standard', url: PAGE },
        },
      ],
    },
    {
      code: 'network-switching.power.poe',
      title: 'Enough power for connected devices',
      question:
        'Can your switches supply enough power over the network cable (PoE) for every device that relies on it, such as Wi-Fi access points, phones and cameras?',
      hint: "Many devices take their power through the network cable. Ask IT support to compare the power each switch can supply with what its devices need under the makers' specifications. New switches should support the PoE standards IEEE 802.3af, 802.3at and 802.3bt, plus LLDP-MED.",
      expectation: 'MUST',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: PAGE,
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
          guidance: { title: 'DfE: network switching standard', url: PAGE },
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
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support whether every switch is visible in a central tool and whether alerts reach someone who will act on them.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action:
            'Make sure the people running the network have had training on the switches and management tool, and include central management in the next switch purchase.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'network-switching.location.secure-cabinets',
      title: 'Switches kept locked, safe and cool',
      question: 'Are all your switches kept in locked, well-ventilated cabinets or rooms that pupils and visitors cannot get into?',
      hint: 'Walk round with IT support and look at every switch. Switches on open shelves, under desks, in hot cupboards or in rooms used for storage are at risk of tampering, damage and overheating.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_MAINTENANCE },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'List any switches that are not in a locked, ventilated space, and agree who holds the keys.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Fit lockable, ventilated cabinets where switches are exposed, and keep the areas around them clear of stored items.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'network-switching.support.warranty-firmware',
      title: 'Warranty and firmware updates in place',
      question: 'Are all your switches covered by a manufacturer warranty and still getting firmware and security updates?',
      hint: 'Check the asset register for warranty end dates, and ask IT support whether the manufacturer still issues updates for each model. DfE suggests buying switches with at least five years of warranty and support, including firmware updates.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_REPLACEMENT },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Record the warranty end date and end-of-support date for each switch in the asset register.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Ask IT support to install updates automatically where possible and check by hand each term that every switch is up to date.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Replace any switch that no longer gets firmware or security updates.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
        },
      ],
    },
    {
      code: 'network-switching.planning.renewal-plan',
      title: 'Plan for replacing switches',
      question: 'Do you have a plan, with a budget, for replacing switches that fail or that go out of warranty?',
      hint: 'The plan can be a simple table from the asset register: each switch, when its warranty or support ends, the replacement year and a rough cost. It should also say what happens if a switch fails suddenly, for example a spare or a supplier call-out.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'Before your next budget cycle, and whenever warranties are close to ending' },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Write a switch renewal plan from the asset register, with replacement years and rough costs, and add it to the digital strategy.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: { title: 'DfE: network switching standard', url: PAGE },
        },
        {
          action: 'Put the replacement costs into the budget forecast for the years they fall due.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
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
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Buy and fit a UPS for the core switches if they have none, and note the battery replacement date in the asset register.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
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
      sourceUrl: PAGE,
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
          guidance: { title: 'DfE: network switching standard', url: PAGE },
        },
      ],
    },
    {
      code: 'network-switching.security.admin-accounts',
      title: 'Admin accounts secured and written down',
      question: 'Are the administrator accounts on your switches protected with strong, unique passwords, and is there a full, up-to-date record of them?',
      hint: 'Ask IT support who can sign in to the switches, whether any manufacturer default passwords remain, and where the record of admin accounts is kept.',
      expectation: 'MUST',
      timing: { kind: 'AT_TRIGGER', text: AT_MAINTENANCE },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Ask IT support to list every admin account on the switches, remove unneeded ones, change any default passwords and use multi-factor sign-in where the tool allows.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: { title: 'DfE: network switching standard', url: PAGE },
        },
        {
          action: 'Keep the record of admin accounts where the SLT digital lead can reach it, and review it when IT staff or suppliers change.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'network-switching.security.segregation',
      title: 'Network split up and access controlled',
      question:
        'Is your network divided into separate sections (for example staff, pupils, guests, phones and cameras), with checks on which devices can connect?',
      hint: 'Ask IT support whether the network uses separate virtual networks (VLANs), gives priority to important traffic, and uses network access control so unknown devices plugged into a wall socket cannot reach school systems.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_MAINTENANCE },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to explain how the network is divided and what a device plugged into a spare wall socket can reach.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Separate staff, pupil, guest and building-system traffic, and add network access control at the next switch upgrade if it is missing.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
        },
      ],
    },
  ],
} satisfies StandardInput;
