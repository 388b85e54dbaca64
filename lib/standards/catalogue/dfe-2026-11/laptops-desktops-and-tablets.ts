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

const NOW = { kind: 'NOW', text: 'Expected now for every device the school uses' } as const;
const AT_PURCHASE = { kind: 'AT_TRIGGER', text: 'At the next device purchase' } as const;
const AT_REVIEW = { kind: 'AT_TRIGGER', text: 'At the next device review or purchase' } as const;
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
      title: 'Devices protected, updated and tagged',
      question:
        'Do all school devices have a firewall, centrally managed anti-malware, a business or education version of their operating system that gets regular updates, and an asset tag?',
      hint: 'IT support can usually show this from their management console. Pupil and staff devices should also sit on separate parts of the network (VLANs). Security settings should not switch off accessibility tools such as dictation or screen readers.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Ask IT support for a short report listing any devices without managed anti-malware, current updates or an asset tag, with a date to fix each gap.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_DEVICES,
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.security.device-management',
      title: 'Devices managed centrally, with remote lock and wipe',
      question: 'Are school devices managed from one central system, and can a lost or stolen laptop, tablet or phone be locked or wiped remotely?',
      hint: 'This is usually done with a mobile device management (MDM) tool such as the one built into Microsoft, Google or Apple education platforms. Ask IT support whether every device appears in it and when remote lock or wipe was last tested.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Enrol every school laptop, tablet and phone in a device management tool and test remote lock and wipe on one device each term.',
          owner: 'IT_SUPPORT',
          costBand: 'MEDIUM',
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
      nextSteps: [
        {
          action: "Include the minimum warranty periods in the next device quote request and record each device's warranty end date in the asset register.",
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.spec.wifi',
      title: 'Wi-Fi 5 Wave 2 at least, Wi-Fi 6 preferred',
      question: 'Do new devices support at least Wi-Fi 5 Wave 2 (802.11ac Wave 2), and preferably Wi-Fi 6 or newer?',
      hint: 'The Wi-Fi standard is listed in the technical specification of each model. Older wireless cards slow the whole network down, especially when a full class connects at once.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Set Wi-Fi 6 as the preferred minimum in the next device specification, and never accept anything older than 802.11ac Wave 2.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.spec.tablet-screen',
      title: 'Tablet screens 9.7 inches or larger',
      question: 'Do tablets bought for learning have a screen of at least 9.7 inches?',
      hint: "Screen size is measured diagonally and shown in the model's specification. Smaller screens make reading, writing and accessibility features such as zoom harder to use.",
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Add a 9.7-inch minimum screen size to the next tablet specification.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.spec.yearly-review',
      title: 'Device specification reviewed every year',
      question:
        'Does the school review its minimum device specification every year, and replace devices straight away if their operating system stops getting security updates?',
      hint: 'Look for a dated specification document. IT support can list any devices whose operating system is already out of support; these should be replaced or taken off the network now, not at the next planned refresh.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'Once a year, and at once if a device stops getting security updates' },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Put a yearly review of the device specification in the digital strategy calendar, ahead of budget setting.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
        {
          action: 'Ask IT support to list devices with unsupported operating systems and agree a date to replace or remove each one.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.energy.settings',
      title: 'Energy-saving settings and low-energy models',
      question:
        'Are devices set to sleep or switch off when not in use, and does the school favour low-energy models (for example ENERGY STAR rated) when buying?',
      hint: 'IT support can apply power settings to all managed devices at once. Energy ratings appear in product specifications. Check whether suites and trolleys are left on overnight or over holidays.',
      expectation: 'SHOULD',
      timing: AT_REVIEW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Apply a central power policy so devices sleep when idle and shut down overnight, except where updates are scheduled.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Add an energy rating such as ENERGY STAR to the next device specification.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'laptops-desktops-and-tablets.disposal.weee-and-data',
      title: 'Safe disposal with data-destruction certificates',
      question:
        'When devices are thrown away or recycled, does the school use a licensed WEEE recycler and get a certificate confirming the data on each device was destroyed?',
      hint: 'Disposing of electrical equipment through the WEEE rules is a legal duty. Ask the business manager for the last disposal paperwork: it should name the recycler and list each device, by serial or asset number, with proof its storage was wiped or destroyed.',
      expectation: 'SHOULD',
      timing: AT_DISPOSAL,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Choose a licensed WEEE recycler that issues per-device data-destruction certificates, and keep the certificates with the asset register.',
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
      nextSteps: [
        {
          action: 'Make updating the asset register part of the set-up and disposal checklist for every device, and spot-check it each term.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
  ],
} satisfies StandardInput;
