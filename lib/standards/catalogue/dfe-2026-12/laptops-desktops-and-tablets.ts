import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/laptops-desktops-and-tablets`;

const STANDARD = { title: 'DfE: laptops, desktops and tablets standard', url: PAGE };
const KCSIE = {
  title: 'DfE: Keeping children safe in education',
  url: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
};
const DPIA = {
  title: 'ICO: data protection impact assessments',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/',
};
const NCSC_DEVICES = { title: 'NCSC: device security guidance', url: 'https://www.ncsc.gov.uk/collection/device-security-guidance' };
const NCSC_SANITISATION = {
  title: 'NCSC: secure sanitisation of storage media',
  url: 'https://www.ncsc.gov.uk/guidance/secure-sanitisation-storage-media',
};

const BUSINESS_WASTE = { title: 'GOV.UK: dispose of business or commercial waste', url: 'https://www.gov.uk/dispose-business-commercial-waste' };

const NOW = { kind: 'NOW', text: 'Expected now for every device the school uses' } as const;
const AT_PURCHASE = { kind: 'AT_TRIGGER', text: 'At the next device purchase' } as const;
const AT_REVIEW = { kind: 'AT_TRIGGER', text: 'At the next device review or purchase' } as const;
const YEARLY = { kind: 'AT_TRIGGER', text: 'Once a year, ahead of the next device purchase' } as const;
const AT_DISPOSAL = { kind: 'AT_TRIGGER', text: 'Whenever devices are retired or leave the school' } as const;

export const laptopsDesktopsAndTablets = {
  slug: 'laptops-desktops-and-tablets',
  title: 'Laptops, desktops and tablets',
  summary:
    'The computers and tablets that staff and pupils use every day. Buy them against a clear picture of need, make sure they are safe and managed, choose models that will be supported for years, and dispose of them responsibly.',
  core: false,
  layer: 4,
  timing: { kind: 'AT_TRIGGER', text: 'At the next device review or purchase' },
  sourceUrl: PAGE,
  requirements: [
    {
      code: 'laptops-desktops-and-tablets.needs.analysis',
      title: 'Device needs worked out from the digital strategy',
      question:
        'Before buying devices, does the school work out from its digital strategy who needs them, where and for what, and whether existing devices could be reused instead of buying new?',
      hint: 'Look for a written device plan or the notes behind the last purchase. A good plan starts from the strategy, lists the groups of users and the jobs devices must do, checks that the network and security can cope, and weighs new kit against repurposing what you have.',
      expectation: 'SHOULD',
      timing: AT_REVIEW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Before the next purchase, write a one-page device needs summary: user groups, locations, main tasks, and which current devices can be reused or need replacing.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
        {
          action: 'Ask IT support to confirm the network, Wi-Fi and security tools can handle the planned devices before anything is ordered.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.security.filtering-monitoring',
      title: 'New devices work with filtering, monitoring and security',
      question:
        "Is every new device checked to make sure it works with the school's existing web filtering, monitoring and security tools before it is given to staff or pupils?",
      hint: 'Ask IT support how new devices are set up and tested, and whether the designated safeguarding lead is involved. Pay attention to devices used off site or on home internet, and to new types of device (for example a different make of tablet), which may not be covered by the current filtering.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Add a set-up checklist step so each new type of device is tested against the filtering and monitoring system, on and off site, before it is issued.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: "Ask the DSL to sign off any new type of device against the school's safeguarding (KCSIE) checks before it is rolled out.",
          owner: 'DSL',
          costBand: 'NONE',
          guidance: KCSIE,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.security.protections',
      title: 'Devices have a firewall and managed anti-malware',
      question: 'Do all school devices have a firewall switched on and anti-malware software that IT support manages centrally?',
      hint: 'Ask IT support to show their management console (the screen listing every device) and how many devices report the firewall on and anti-malware up to date. Anti-malware is software that detects and removes viruses and other harmful programs. Pupil and staff devices should also sit on separate parts of the network (VLANs), and security settings should not switch off accessibility tools such as dictation or screen readers.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support for a short report listing any devices without a firewall or managed anti-malware, with a date to fix each gap.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_DEVICES,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.security.os-updates',
      title: 'Devices run a supported operating system that is kept updated',
      question: 'Do all school devices run a business or education version of their operating system that receives regular security updates?',
      hint: 'Ask IT support for a report from the management console showing each device’s operating system version and the date of its last update. Home editions lack management features, and devices that have stopped getting updates are easy targets for attackers.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list devices on home editions or missing recent updates, and agree a date to upgrade, update or replace each one.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_DEVICES,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.security.asset-tags',
      title: 'Every device carries an asset tag',
      question: 'Does every school device carry an asset tag (a label or number) that matches its entry in the asset register?',
      hint: 'Ask IT support or the business manager how devices are tagged, then pick five devices and check that each has a tag and that the number appears in the asset register.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Tag any untagged devices and record each tag number against the device in the asset register.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.security.device-management',
      title: 'Devices managed from one central system',
      question: 'Are all school laptops, desktops, tablets and phones enrolled in one central management system?',
      hint: 'Ask IT support to show the device management console and compare its device count with the asset register. This is usually a mobile device management (MDM) tool, such as the one built into Microsoft, Google or Apple education platforms, which lets IT support set up, update and control devices from one place.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Enrol every school laptop, desktop, tablet and phone in a device management tool, starting with devices that leave the site.',
          owner: 'IT_SUPPORT',
          costBand: 'MEDIUM',
          guidance: NCSC_DEVICES,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.security.remote-lock-wipe',
      title: 'Lost or stolen devices can be locked or wiped remotely',
      question: 'Can IT support lock or wipe a lost or stolen school laptop, tablet or phone remotely?',
      hint: 'Ask IT support when remote lock or wipe was last used or tested, and on which device types it works. Without it, data on a lost device (such as pupil records or email) may be exposed.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to switch on remote lock and wipe for every device type and test it on one device each term.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_DEVICES,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.security.browser-controls',
      title: 'Web browser use is controlled and monitored centrally',
      question:
        'Does the central management system control which web browsers and browser settings can be used on school devices, and let IT support see how they are used?',
      hint: 'Ask IT support to show the browser policies in the device management console: which browsers are allowed, whether users can add extensions, and whether browsing activity is reported to the filtering and monitoring system.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask IT support to set browser policies centrally (approved browsers only, extensions controlled, safe search and filtering enforced) and to review them at each filtering and monitoring review.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_DEVICES,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.security.dpia',
      title: 'Data protection impact assessment for devices',
      question:
        'Has the school completed a data protection impact assessment (DPIA) for its devices, covering use away from school and any personal devices brought in by staff or pupils?',
      hint: 'Your data protection officer should hold DPIAs. Check that one covers devices taken home, devices that leave the site for trips or remote learning, and any bring-your-own-device arrangement.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask the DPO to complete or update a DPIA for school devices, including off-site use and personal devices, and to record the actions it identifies.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: DPIA,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.spec.security-support',
      title: 'Operating system supported for 5 years (3 for tablets)',
      question:
        'Do new laptops and desktops come with a business or education operating system that will get security updates for at least 5 years, and tablets for at least 3 years?',
      hint: 'Manufacturers publish end-of-support dates. Check them for the models you buy, and count from the date of purchase, not the date the model was launched. Cheap consumer models often lose updates sooner.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Write "security updates for at least 5 years (laptops and desktops) or 3 years (tablets) from purchase" into the next device specification, and ask suppliers to confirm the end date in writing.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.spec.warranty',
      title: 'Warranty of 3 years (2 for tablets)',
      question: 'Do new laptops and desktops come with at least a 3-year warranty, and tablets with at least 2 years?',
      hint: 'Check the warranty terms on recent invoices or quotes. Standard consumer warranties are often only 1 year; longer cover usually needs to be requested when ordering.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: "Include the minimum warranty periods in the next device quote request and record each device's warranty end date in the asset register.",
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.spec.wifi',
      title: 'Wi-Fi 5 Wave 2 at least, Wi-Fi 6 preferred',
      question: 'Do new devices support at least Wi-Fi 5 Wave 2 (802.11ac Wave 2), and preferably Wi-Fi 6 or newer?',
      hint: 'Ask IT support or the supplier to confirm the Wi-Fi standard of each model; it is listed in the technical specification. Older wireless cards slow the whole network down, especially when a full class connects at once.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Set Wi-Fi 6 as the preferred minimum in the next device specification, and never accept anything older than 802.11ac Wave 2.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.spec.tablet-screen',
      title: 'Tablet screens 9.7 inches or larger',
      question: 'Do tablets bought for learning have a screen of at least 9.7 inches?',
      hint: 'Ask the business manager or supplier for the specification sheet of the tablets you buy; screen size is measured diagonally. Smaller screens make reading, writing and accessibility features such as zoom harder to use.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add a 9.7-inch minimum screen size to the next tablet specification.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.spec.yearly-review',
      title: 'Device specification reviewed every year',
      question: 'Does the school review its minimum device specification at least once a year?',
      hint: 'Ask the digital lead or IT support for the current device specification and look at its date. A specification that has not changed in years may let outdated models be bought.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Put a yearly review of the device specification in the digital strategy calendar, ahead of budget setting.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.spec.unsupported-replaced',
      title: 'Devices that fail the operating system minimum are replaced now',
      question:
        'Are devices whose operating system no longer meets the minimum, or no longer gets security updates, being replaced or upgraded now rather than at the next planned refresh?',
      hint: 'Ask IT support for a list of devices whose operating system is out of support or below the minimum, with a date for each to be upgraded, replaced or taken off the network.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Expected now for any device that does not meet the operating system minimum' },
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list devices with unsupported operating systems and agree a date to replace or remove each one.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_DEVICES,
        },
        {
          action: 'Where replacement is needed, add the cost to this year’s budget rather than waiting for the next refresh.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.energy.settings',
      title: 'Devices sleep or switch off when not in use',
      question: 'Are school devices set to sleep or switch off automatically when they are not in use?',
      hint: 'Ask IT support whether a power policy is applied to all managed devices at once, and walk round after school to see whether suites, trolleys and screens are left on overnight or over holidays.',
      expectation: 'SHOULD',
      timing: AT_REVIEW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Apply a central power policy so devices sleep when idle and shut down overnight, except where updates are scheduled.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.energy.low-energy-models',
      title: 'Low-energy models are chosen when buying',
      question: 'When buying devices, does the school favour low-energy models, for example ones with an ENERGY STAR or similar rating?',
      hint: 'Ask the business manager whether the last device specification or quote request asked for an energy rating; ratings appear in product specifications.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add an energy rating such as ENERGY STAR to the next device specification.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.disposal.weee-and-data',
      title: 'Old devices disposed of under the WEEE rules',
      question: 'When devices are thrown away or recycled, does the school send them to a licensed WEEE recycler, as the law requires?',
      hint: 'WEEE (waste electrical and electronic equipment) rules are a legal duty: old electrical kit must not go in general waste. Ask the business manager for the last disposal paperwork, such as a waste transfer note, naming a licensed recycler or registered waste carrier.',
      expectation: 'MUST',
      timing: AT_DISPOSAL,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Use only a licensed WEEE recycler or registered waste carrier for old devices, and keep the paperwork for each collection.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
          guidance: BUSINESS_WASTE,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.disposal.data-destruction',
      title: 'Data destroyed on every device that leaves the school',
      question: 'Does the school get a certificate confirming that the data on each disposed-of device was securely wiped or destroyed?',
      hint: 'Ask the business manager for the last disposal certificates: each device should be listed by serial or asset number, with proof that its storage was wiped or physically destroyed. Deleting files or resetting a device is not always enough to remove personal data.',
      expectation: 'SHOULD',
      timing: AT_DISPOSAL,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Choose a disposal provider that issues per-device data-destruction certificates, and keep the certificates with the asset register.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
          guidance: NCSC_SANITISATION,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.disposal.asset-register',
      title: 'Asset register updated as devices come and go',
      question: 'Is the asset register updated whenever a device is bought, reassigned or disposed of, so it always shows what the school owns?',
      hint: 'Pick five devices at random and check that each is in the register with the right location and user. Disposed devices should be marked with the date and the certificate reference.',
      expectation: 'SHOULD',
      timing: AT_DISPOSAL,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Make updating the asset register part of the set-up and disposal checklist for every device, and spot-check it each term.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
  ],
} satisfies StandardInput;
