import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/wireless-network-core-standard`;
const FILTERING_PAGE = `${HUB}/filtering-and-monitoring-core-standard`;

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
      title: 'Modern Wi-Fi standard',
      question: 'Do your wireless access points support Wi-Fi 6E or newer?',
      hint: "Access points are the boxes, usually on ceilings or walls, that give out the Wi-Fi signal. IT support can tell you the make and model, and the model's data sheet shows the Wi-Fi generation. DfE's 2026 guidance asks for Wi-Fi 7 (802.11be) as the minimum when you next upgrade.",
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support for a list of every access point with its model, Wi-Fi generation, age and warranty end date.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action:
            'When you next replace access points, specify Wi-Fi 7 (802.11be) as the minimum and check that the switch ports they plug into are fast enough for them.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'HIGH',
          guidance: { title: 'DfE: wireless network standard', url: PAGE },
        },
      ],
    },
    {
      code: 'wireless-network.coverage.whole-site',
      title: 'Reliable signal wherever it is needed',
      question: 'Do you get a strong, even Wi-Fi signal in every building and room where it is needed, including any outdoor spaces used for learning?',
      hint: 'Ask staff where Wi-Fi drops out or slows down. IT support or a supplier can carry out a wireless survey and produce a "heat map" showing signal strength across the site.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: PAGE,
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
        },
      ],
    },
    {
      code: 'wireless-network.capacity.everyone-online',
      title: 'Copes when everyone is online at once',
      question: 'Can the Wi-Fi cope when every pupil and staff member in a room, or in the hall, connects at the same time?',
      hint: 'Try it in a full lesson where every pupil uses a device, and in the hall during a busy event. DfE expects up to one access point per classroom, stronger access points in halls and large spaces, and enough access points for the number of people you plan for.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to compare the number of access points in each area with the number of people and devices that use it at the busiest time.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action:
            'Ask IT support to separate different kinds of traffic (for example staff, pupils, guests, phones) and give priority to teaching and key systems.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Add access points where the Wi-Fi is overloaded, using higher-capacity models in halls and other large rooms.',
          owner: 'SUPPLIER',
          costBand: 'MEDIUM',
          guidance: { title: 'DfE: wireless network standard', url: PAGE },
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
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to find and list any home or consumer Wi-Fi devices on the site.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
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
      sourceUrl: PAGE,
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
        },
      ],
    },
    {
      code: 'wireless-network.support.security-updates',
      title: 'Software and security updates applied',
      question: 'Does your Wi-Fi equipment still get software and security updates from the manufacturer, and are they installed promptly?',
      hint: 'Ask IT support whether updates install automatically, when they last checked by hand that updates had gone on, and whether the manufacturer has announced an end-of-support date for your models.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_UPGRADE },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to turn on automatic security updates where possible and to check by hand each term that all equipment is up to date.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Plan to replace any equipment the manufacturer no longer updates.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'MEDIUM',
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
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support whether your access points are centrally managed and whether failure alerts reach someone who will act on them.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action:
            'Make sure a saved copy of the Wi-Fi settings is kept that can be restored after a failure, and that the people running the system have had training on it.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
        },
        {
          action: 'If there is no central management, include it in the specification for your next Wi-Fi upgrade.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'MEDIUM',
        },
      ],
    },
    {
      code: 'wireless-network.planning.upgrade-plan',
      title: 'Plan for upgrading the Wi-Fi',
      question: 'Do you have a written plan for when the Wi-Fi will be upgraded, based on when warranties end and where it falls short today?',
      hint: 'The plan can be short: which equipment is due for replacement and when, what the school needs that it cannot do now, and a rough cost. It should feed into your digital strategy and budget.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'Before your next budget cycle, and whenever warranties are close to ending' },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Using the asset register and staff feedback, write a short Wi-Fi upgrade plan with dates and rough costs, and add it to the digital strategy.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: { title: 'DfE: wireless network standard', url: PAGE },
        },
        {
          action: 'Put the upgrade cost into the budget forecast for the year it is due.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'wireless-network.security.authentication',
      title: 'Only approved users and devices can connect',
      question:
        'Can people and devices only join the school Wi-Fi once they have been approved, for example with their own login or a security certificate, rather than a shared password?',
      hint: 'Ask IT support how staff, pupils and school devices connect. Stronger set-ups use individual logins or certificates and current encryption such as WPA3. A single password shared with everyone and rarely changed is a warning sign.',
      expectation: 'MUST',
      timing: { kind: 'AT_TRIGGER', text: AT_SECURITY_REVIEW },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Ask IT support to explain how each group (staff, pupils, school devices, guests) gets onto the Wi-Fi, and to flag any network that uses a shared password.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action:
            'Move to individual logins or device certificates with WPA3 where your equipment allows it, and turn on alerts for unknown devices or rogue access points.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: { title: 'DfE: wireless network standard', url: PAGE },
        },
      ],
    },
    {
      code: 'wireless-network.security.guest-access',
      title: 'Guest Wi-Fi kept separate and filtered',
      question:
        "Is guest Wi-Fi kept separate from the school network, with guests given controlled access and everyone on the Wi-Fi, guests included, covered by the school's web filter?",
      hint: 'Ask IT support whether guests join a separate network, how they get access (for example a time-limited code) and whether the web filter applies to guest and school networks alike. Your designated safeguarding lead should know the answer to the filtering part.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Already expected: filtering every user falls under Keeping children safe in education' },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to put guests on their own network that cannot reach school systems, with access given only for a set time.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Check that the web filter covers the guest network, and record this in your yearly filtering and monitoring review.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: { title: 'DfE: filtering and monitoring standard', url: FILTERING_PAGE },
        },
      ],
    },
    {
      code: 'wireless-network.security.admin-accounts',
      title: 'Admin accounts secured and written down',
      question:
        'Are the administrator accounts for your Wi-Fi system protected with strong, unique passwords (and multi-factor sign-in where available), and is there an up-to-date record of who holds them?',
      hint: 'Ask IT support who can change the Wi-Fi settings, whether any default manufacturer passwords are still in use, and where the list of admin accounts is kept.',
      expectation: 'MUST',
      timing: { kind: 'AT_TRIGGER', text: AT_SECURITY_REVIEW },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Ask IT support to list every admin account on the Wi-Fi system, remove any that are not needed, change default passwords and turn on multi-factor sign-in.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: { title: 'DfE: wireless network standard', url: PAGE },
        },
        {
          action: 'Keep the list of admin accounts somewhere safe that the SLT digital lead can reach, and review it when IT staff or suppliers change.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
  ],
} satisfies StandardInput;
