import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/wireless-network-core-standard`;
const FILTERING_PAGE = `${HUB}/filtering-and-monitoring-core-standard`;
const PLAN_TECH_URL = 'https://www.plan-technology-for-your-school.education.gov.uk/';

// In-page anchors built from the standard page's headings.
const LATEST_SECTION = `${PAGE}#use-the-latest-wireless-network-standards`;
const SIGNAL_SECTION = `${PAGE}#have-a-fully-functional-signal-from-your-wireless-network-throughout-the-school-or-college-buildings-and-externally-where-required`;
const MANAGEMENT_SECTION = `${PAGE}#have-a-solution-that-can-centrally-manage-the-wireless-network`;
const SECURITY_SECTION = `${PAGE}#install-security-features-to-stop-unauthorised-access`;

const STANDARD = { title: 'DfE: wireless network standard', url: PAGE };
const LATEST = { title: 'DfE: wireless standard, latest Wi-Fi standards', url: LATEST_SECTION };
const SIGNAL = { title: 'DfE: wireless standard, signal and coverage', url: SIGNAL_SECTION };
const MANAGEMENT = { title: 'DfE: wireless standard, central management', url: MANAGEMENT_SECTION };
const SECURITY = { title: 'DfE: wireless standard, security features', url: SECURITY_SECTION };
const PLAN_TECH = { title: 'DfE: Plan technology for your school', url: PLAN_TECH_URL };
const FILTERING = { title: 'DfE: filtering and monitoring standard', url: FILTERING_PAGE };
const NCSC_PASSWORDS = { title: 'NCSC: password administration for system owners', url: 'https://www.ncsc.gov.uk/collection/passwords' };
const NCSC_MFA = {
  title: 'NCSC: multi-factor authentication for online services',
  url: 'https://www.ncsc.gov.uk/collection/mfa-for-your-corporate-online-services',
};

const AT_UPGRADE = 'When your current Wi-Fi is not coping or is no longer supported, and at any upgrade';
const AT_SECURITY_REVIEW = 'At your next scheduled maintenance or configuration review at the latest';

export const wirelessNetwork = {
  slug: 'wireless-network',
  title: 'Wireless network',
  summary:
    'Wi-Fi that reaches every place it is needed, copes when everyone is online at once, and only lets in people and devices the school has approved. It is business-grade, kept up to date, and managed from one place.',
  core: true,
  layer: 3,
  timing: { kind: 'BY_DATE', date: '2030-12-31', text: 'Core standard: every school working towards it by 2030' },
  sourceUrl: PAGE,
  requirements: [
    {
      code: 'wireless-network.equipment.wifi-generation',
      title: 'Current Wi-Fi still supported and coping',
      question:
        'Is your current Wi-Fi equipment still supported by its manufacturer and coping with what the school needs, so that it does not need upgrading yet?',
      hint: 'Access points are the boxes, usually on ceilings or walls, that give out the Wi-Fi signal. Ask IT support for the make, model and end-of-support date of each, and ask staff where Wi-Fi is slow or drops. If any model is out of support or the Wi-Fi often struggles, the answer is no: an upgrade is due.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: LATEST_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support for a list of every access point with its model, Wi-Fi generation, age, warranty end date and end-of-support date.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'If equipment is out of support or not coping, start planning the upgrade and add it to the Wi-Fi upgrade plan and budget.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: LATEST,
        },
      ],
    },
    {
      code: 'wireless-network.equipment.wifi7-next-upgrade',
      title: 'Next upgrade specified as Wi-Fi 7',
      question: 'Does the specification for your next Wi-Fi upgrade (or the one under way) ask for Wi-Fi 7 (802.11be) access points as the minimum?',
      hint: "Wi-Fi 7, also called 802.11be, is the newest Wi-Fi generation approved by the Wi-Fi Alliance, the industry body. Ask IT support or the supplier to show you the written specification or quote. Wi-Fi 6 or 6E kit bought today would not meet DfE's 2026 minimum. If your access points are already Wi-Fi 7, answer yes.",
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: LATEST_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Write Wi-Fi 7 (802.11be) as the minimum into the specification or tender for your next access point purchase.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: LATEST,
        },
        {
          action: 'Budget for replacing the access points with Wi-Fi 7 models when the upgrade is due.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'HIGH',
        },
      ],
    },
    {
      code: 'wireless-network.equipment.ap-port-speeds',
      title: 'Access point network ports fast enough',
      question: "Has IT support checked that each access point's wired network connection is fast enough for it, as part of choosing your Wi-Fi equipment?",
      hint: 'Each access point plugs into the wired network, usually at 1, 2.5, 5 or 10 Gbps (gigabits per second). A fast access point on a slow port or old cable cannot reach its full speed. Ask IT support to show you the port speed of your access points and of the switch ports they use.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: LATEST_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list the port speed of each access point and of the switch port and cable it connects to, and flag any mismatch.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: LATEST,
        },
        {
          action: 'Include matching switch ports (multi-gig where needed) and cabling in the budget for the next Wi-Fi upgrade.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'MEDIUM',
        },
      ],
    },
    {
      code: 'wireless-network.coverage.whole-site',
      title: 'Reliable signal wherever it is needed',
      question: 'Do you get a strong, even Wi-Fi signal in every building and room where it is needed, including any outdoor spaces used for learning?',
      hint: 'Ask staff where Wi-Fi drops out or slows down. IT support or a supplier can carry out a wireless survey and produce a "heat map", a floor plan coloured by signal strength, showing where coverage is weak.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: SIGNAL_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Collect a list of Wi-Fi blackspots and slow areas from staff and share it with IT support.',
          owner: 'ALL_STAFF',
          costBand: 'NONE',
        },
        {
          action: 'Commission a wireless survey with a heat map of the site, and use it to decide where access points are missing or badly placed.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: SIGNAL,
        },
      ],
    },
    {
      code: 'wireless-network.coverage.interference',
      title: 'Interference checked and reduced',
      question:
        'When your Wi-Fi was designed or last upgraded, did the installer check for interference from building-management systems and other wireless networks and reduce it?',
      hint: 'Building-management systems are things such as heating and lighting controls, alarms and door-entry systems, some of which use radio. Neighbouring or unofficial Wi-Fi networks can also clash with yours. Ask IT support or the installer for the design or survey report and look for a section on interference. If no report exists, the answer is no.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: SIGNAL_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support whether the Wi-Fi management system shows interference or rogue networks, and which areas are worst affected.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Make an interference check part of the wireless survey and design for the next upgrade, and ask the installer to report how it was reduced.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'LOW',
          guidance: SIGNAL,
        },
      ],
    },
    {
      code: 'wireless-network.capacity.everyone-online',
      title: 'Copes when everyone is online at once',
      question: 'Can the Wi-Fi cope when every pupil and staff member in a room, or in the hall, connects at the same time?',
      hint: "Try it in a full lesson where every pupil uses a device, and in the hall during a busy event, and ask IT support what the management system shows at those times. DfE's guide is that there could be up to one access point per classroom, with stronger access points in halls and large spaces, and enough for the number of people you plan for.",
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: SIGNAL_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to compare the number of access points in each area with the number of people and devices that use it at the busiest time.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Add access points where the Wi-Fi is overloaded, using higher-capacity models in halls and other large rooms.',
          owner: 'SUPPLIER',
          costBand: 'MEDIUM',
          guidance: SIGNAL,
        },
      ],
    },
    {
      code: 'wireless-network.capacity.scalable',
      title: 'Wi-Fi can grow with future needs',
      question: 'Could your Wi-Fi system take more access points, more users and higher speeds in future without replacing the whole system?',
      hint: 'Ask IT support or the supplier how many more access points and users the controller or cloud licence can take, and whether faster access points would work with it. A system already at its limit will need replacing sooner.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: MANAGEMENT_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support how much spare capacity the Wi-Fi system has and note the limits in the Wi-Fi upgrade plan.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'When buying, ask suppliers to show how the system can grow to meet higher demand in future.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: MANAGEMENT,
        },
      ],
    },
    {
      code: 'wireless-network.configuration.segregation',
      title: 'Wi-Fi traffic kept apart by group',
      question: 'Is the Wi-Fi set up so that different groups, such as staff, pupils and school devices, are kept on separate sections of the network?',
      hint: 'IT support can usually show this on the Wi-Fi management screen as separate network names or virtual networks (VLANs). Keeping groups apart limits what a pupil device or an infected laptop can reach. Guest Wi-Fi is covered separately.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: LATEST_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list the Wi-Fi networks, who uses each one and what each can reach.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Ask IT support to separate staff, pupil and device traffic where it is mixed.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: LATEST,
        },
      ],
    },
    {
      code: 'wireless-network.configuration.traffic-priority',
      title: 'Important traffic given priority',
      question: 'Does the Wi-Fi give priority to important traffic, such as teaching, phones and key school systems, when it is busy?',
      hint: 'This is called quality of service (QoS). Ask IT support whether it is set up on the Wi-Fi and which traffic is given priority. Without it, a few large downloads can slow a whole class.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: LATEST_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Agree with IT support which systems need priority (for example phones, the MIS and online lessons) and ask them to set quality of service rules for them.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: LATEST,
        },
      ],
    },
    {
      code: 'wireless-network.equipment.business-grade',
      title: 'Business-grade equipment, not home kit',
      question: 'Is all your Wi-Fi equipment business (enterprise) grade, with no home routers or extenders in use?',
      hint: 'Home routers, plug-in extenders and mesh kits bought from high-street shops are not built for a school. Ask IT support to walk the site and list any such devices.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Ask IT support to find and list any home or consumer Wi-Fi devices on the site.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
        {
          action: 'Replace those devices with business-grade access points that can be managed alongside the rest of the network.',
          owner: 'IT_SUPPORT',
          costBand: 'MEDIUM',
        },
      ],
    },
    {
      code: 'wireless-network.support.warranty',
      title: 'Equipment under warranty',
      question: 'Are all your wireless access points and controllers covered by a manufacturer warranty or support agreement?',
      hint: 'Check the asset register or ask IT support for warranty end dates. Equipment bought more than five years ago is often out of warranty.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: MANAGEMENT_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Record the warranty end date for each access point and controller in the asset register.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Renew support where it is cheaper than replacing, or add out-of-warranty equipment to your upgrade plan.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
          guidance: MANAGEMENT,
        },
      ],
    },
    {
      code: 'wireless-network.support.security-updates',
      title: 'Still getting security updates',
      question: 'Does your Wi-Fi equipment still get software and security updates from the manufacturer?',
      hint: "Ask IT support whether the manufacturer still issues updates for each model and whether it has announced an end-of-support date. The manufacturer's website usually lists these dates.",
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: MANAGEMENT_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Record the end-of-support date for each Wi-Fi model in the asset register.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Plan to replace any equipment the manufacturer no longer updates.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'MEDIUM',
          guidance: MANAGEMENT,
        },
      ],
    },
    {
      code: 'wireless-network.support.updates-installed',
      title: 'Updates installed promptly',
      question: 'Are software and security updates for your Wi-Fi equipment installed promptly once they are released?',
      hint: 'Ask IT support whether updates install automatically and when they last checked by hand that every access point is up to date. DfE expects both: automatic updates and manual checks.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: MANAGEMENT_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to turn on automatic security updates where possible and to check by hand each term that all equipment is up to date.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: MANAGEMENT,
        },
      ],
    },
    {
      code: 'wireless-network.management.central',
      title: 'Managed from one central system',
      question: 'Is the whole Wi-Fi network set up and watched from one central management system that alerts IT support when something fails?',
      hint: 'A central system (a controller or cloud dashboard) lets IT support change settings everywhere at once, see problems, balance the load between access points and get failure alerts. Ask IT support to show you it.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: MANAGEMENT_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support whether your access points are centrally managed and whether failure alerts reach someone who will act on them.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'If there is no central management, include it in the specification for your next Wi-Fi upgrade.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'MEDIUM',
          guidance: MANAGEMENT,
        },
      ],
    },
    {
      code: 'wireless-network.management.admin-training',
      title: 'Administrators trained on the Wi-Fi system',
      question: "Have the people who run your Wi-Fi system had the manufacturer's approved training on it, including its security settings?",
      hint: 'Ask IT support (or your supplier, if they run the Wi-Fi) who looks after the system and for their training certificates or course records. A new Wi-Fi purchase should include this training.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: MANAGEMENT_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support for a record of who has been trained on the Wi-Fi system and when.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Include a manufacturer-approved administrator training package, covering security, in the next Wi-Fi purchase or support renewal.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'LOW',
          guidance: MANAGEMENT,
        },
      ],
    },
    {
      code: 'wireless-network.management.restorable-config',
      title: 'Saved settings that can be restored',
      question: "Is there a saved copy of the Wi-Fi system's settings that could put it back to the school's set-up after a failure or reset?",
      hint: 'This is usually a configuration file exported from the controller or cloud dashboard. Ask IT support where the latest copy is kept, when it was saved, and whether it has ever been used to restore the system.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: MANAGEMENT_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to save a copy of the Wi-Fi settings after every change and keep it somewhere the school can reach.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: MANAGEMENT,
        },
      ],
    },
    {
      code: 'wireless-network.planning.upgrade-plan',
      title: 'Plan for upgrading the Wi-Fi',
      question: 'Do you have a written plan for when the Wi-Fi will be upgraded, based on when warranties end and where it falls short today?',
      hint: 'Ask the SLT digital lead or IT support for it. The plan can be short: which equipment is due for replacement and when, what the school needs that it cannot do now, and a rough cost. It should feed into your digital strategy and budget.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'Before your next budget cycle, and whenever warranties are close to ending' },
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action:
            'Using the asset register and staff feedback, write a short Wi-Fi upgrade plan with dates and rough costs, and add it to the digital strategy.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
        {
          action: 'Put the upgrade cost into the budget forecast for the year it is due.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'wireless-network.security.authentication',
      title: 'Only approved users and devices can connect',
      question:
        'Does every school Wi-Fi network, guest Wi-Fi included, stop people and devices joining until they have been approved and have signed in or otherwise proved who they are?',
      hint: 'Ask IT support to list every Wi-Fi network the school broadcasts and how each one is joined. Any open network that anyone nearby can join without a password, code, login or certificate means the answer is no.',
      expectation: 'MUST',
      timing: { kind: 'AT_TRIGGER', text: AT_SECURITY_REVIEW },
      sourceUrl: SECURITY_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask IT support to explain how each group (staff, pupils, school devices, guests) gets onto the Wi-Fi, and to flag any network that is open to anyone.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Close any open network straight away, or put it behind a sign-in, and turn on alerts for unknown devices or rogue access points.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: SECURITY,
        },
      ],
    },
    {
      code: 'wireless-network.security.individual-authentication',
      title: 'Each person or device signs in individually',
      question: 'Does each person or school device join the Wi-Fi with its own login or security certificate, rather than one password shared by many people?',
      hint: 'Ask IT support how staff, pupils, school devices and guests connect. Stronger set-ups use individual logins or device certificates with current encryption such as WPA3, and give guests their own time-limited code. One password shared with everyone and rarely changed means the answer is no.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_SECURITY_REVIEW },
      sourceUrl: SECURITY_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support which Wi-Fi networks still use a shared password, and what it would take to move each one to individual sign-in.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action:
            'Move to individual logins or device certificates with WPA3 where your equipment allows it, starting with the staff and school-device networks.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: SECURITY,
        },
      ],
    },
    {
      code: 'wireless-network.security.guest-access',
      title: 'Guest Wi-Fi kept separate',
      question: 'Are guests put on a separate Wi-Fi network that cannot reach school systems such as the MIS, shared drives and printers?',
      hint: 'Ask IT support whether guests join their own network and what a device on it can reach. A quick test: ask them to show what happens when a guest device tries to open a school shared drive.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_SECURITY_REVIEW },
      sourceUrl: SECURITY_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to put guests on their own network that cannot reach school systems, with access given only for a set time.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: SECURITY,
        },
      ],
    },
    {
      code: 'wireless-network.security.wifi-filtered',
      title: 'Everyone on the Wi-Fi is filtered',
      question: "Does the school's web filter cover everyone on the Wi-Fi, including guests and people using their own devices?",
      hint: 'Ask your designated safeguarding lead and IT support which Wi-Fi networks pass through the web filter. Guest and personal-device networks are the ones most often missed.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Already expected: filtering every user falls under Keeping children safe in education' },
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action:
            'Check that the web filter covers every Wi-Fi network, guest network included, and record this in your yearly filtering and monitoring review.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: FILTERING,
        },
      ],
    },
    {
      code: 'wireless-network.security.admin-accounts',
      title: 'Admin accounts secured',
      question: 'Are the administrator accounts for your Wi-Fi system protected with strong, unique passwords (and multi-factor sign-in where available)?',
      hint: 'Ask IT support who can change the Wi-Fi settings, whether any default manufacturer passwords are still in use, and whether signing in needs a second step such as a code on a phone (multi-factor sign-in).',
      expectation: 'MUST',
      timing: { kind: 'AT_TRIGGER', text: AT_SECURITY_REVIEW },
      sourceUrl: SECURITY_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask IT support to list every admin account on the Wi-Fi system, remove any that are not needed, change default passwords and turn on multi-factor sign-in.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_PASSWORDS,
        },
        {
          action: 'Where the Wi-Fi system offers multi-factor sign-in, make it compulsory for every admin account.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_MFA,
        },
      ],
    },
    {
      code: 'wireless-network.security.admin-accounts-record',
      title: 'Admin accounts written down',
      question: 'Is there a full, up-to-date record of every administrator account on your Wi-Fi system and who holds it?',
      hint: 'Ask IT support to show you the list and when it was last checked. It should include supplier accounts. If nobody at the school can see the list, or it names people who have left, the answer is no.',
      expectation: 'MUST',
      timing: { kind: 'AT_TRIGGER', text: AT_SECURITY_REVIEW },
      sourceUrl: SECURITY_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Keep the list of admin accounts somewhere safe that the SLT digital lead can reach, and review it when IT staff or suppliers change.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: SECURITY,
        },
      ],
    },
  ],
} satisfies StandardInput;
