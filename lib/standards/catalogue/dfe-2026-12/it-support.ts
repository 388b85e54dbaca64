import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/it-support`;

// In-page anchors, built from heading text seen in two sources that agree (a public catalogue quoting
// the page as stamped 16 Sep 2026, and RM's March 2026 summary). Headings the sources word differently
// are cited at the page root.
const HELPS_MEET = `${PAGE}#make-sure-it-support-helps-you-meet-the-digital-and-technology-standards`;
const RESPONSIVE = `${PAGE}#make-sure-your-it-support-is-responsive-and-meets-agreed-service-expectations`;
const YEARLY_REVIEW = `${PAGE}#review-your-it-support-at-least-once-a-year`;

const STANDARD = { title: 'DfE: IT support standard', url: PAGE };
const CYBER = { title: 'DfE: cyber security standard', url: `${HUB}/cyber-security-core-standard` };
const FILTERING = { title: 'DfE: filtering and monitoring standard', url: `${HUB}/filtering-and-monitoring-core-standard` };
const LEADERSHIP = { title: 'DfE: digital leadership and governance standard', url: `${HUB}/digital-leadership-and-governance-core-standard` };
const PLAN_TECH = { title: 'DfE: Plan technology for your school', url: 'https://www.plan-technology-for-your-school.education.gov.uk/' };
const NCSC_BACKUP = { title: 'NCSC: backing up your data', url: 'https://www.ncsc.gov.uk/collection/small-business-guide/backing-your-data' };
const CYBER_ESSENTIALS = { title: 'NCSC: Cyber Essentials overview', url: 'https://www.ncsc.gov.uk/cyberessentials/overview' };

const NOW = { kind: 'NOW', text: 'Expected now: meet it already or be working towards it' } as const;

export const itSupport = {
  slug: 'it-support',
  title: 'IT support',
  summary:
    "The people, in house or contracted, who keep the school's technology running. Good IT support helps the school meet the other standards, looks after systems proactively, responds to problems on agreed terms, is reviewed every year and helps staff use technology well.",
  core: false,
  layer: 2,
  timing: NOW,
  sourceUrl: PAGE,
  requirements: [
    {
      code: 'it-support.standards.helps-meet',
      title: 'IT support helps the school meet the standards',
      question:
        'Does IT support help the school check and meet the DfE digital and technology standards, especially the six core ones, with the SLT digital lead building the gaps into the strategy and development plan?',
      hint: 'The six core standards are broadband, wireless, switching, cyber security, filtering and monitoring, and digital leadership and governance. Ask IT support for their view of where the school stands against each, and check the gaps appear in the digital strategy.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: HELPS_MEET,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to go through the core standards with the SLT digital lead and agree a list of gaps, each with an owner and a target date.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
        {
          action: 'Add the agreed gaps to the digital strategy and the school development plan.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: LEADERSHIP,
        },
      ],
    },
    {
      code: 'it-support.standards.certifications',
      title: 'Need for professional certifications considered',
      question:
        'Has the SLT digital lead considered whether the school needs its IT support to hold professional certifications, such as ITIL or Cyber Essentials?',
      hint: 'Ask the SLT digital lead, and check the IT support contract or job description. ITIL is a widely used framework for running IT services; Cyber Essentials is a government-backed scheme that certifies basic cyber defences. Which ones matter depends on the size and complexity of the school.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: HELPS_MEET,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask the IT support provider or technician which certifications they hold, and record whether the school needs any for its size and systems.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: CYBER_ESSENTIALS,
        },
        {
          action: 'Where a certification is needed, write it into the next IT support contract or job description.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'it-support.needs.services-record',
      title: 'Record of every IT support service',
      question: 'Does the school keep an up-to-date record of every IT support service it uses, showing who provides each one and what it covers?',
      hint: 'Ask the business manager for the contracts register and check it lists every IT support arrangement: in-house staff, the main provider, the broadband and MIS (management information system) suppliers and any trust or local authority service, each with what it covers. Gaps in cover show up here.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'List every IT support service with its provider, what it covers, its hours and its contract end date, and keep the list with the contracts register.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: LEADERSHIP,
        },
      ],
    },
    {
      code: 'it-support.needs.emergency-cover',
      title: 'Cover for emergencies and absence',
      question: 'Has the school agreed who provides IT support in an emergency or when the usual support person is away?',
      hint: 'Ask the SLT digital lead or business manager, and look in the IT support contract or the business continuity plan. Schools with one technician, or with several sites, are most at risk of having nobody to call when something breaks.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Agree a named back-up for IT support (for example the trust, the local authority or a provider on call) and put the contact details in the business continuity plan.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.maintenance.routine',
      title: 'Systems monitored routinely',
      question: "Does IT support routinely monitor the school's network, devices and cloud services so that faults are spotted early?",
      hint: 'Ask IT support (or check the contract) what they monitor, how often, and how they are alerted to faults. Ask them to show you a recent alert and what was done about it.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support for a written list of what they monitor and how often, and a short termly summary of faults found.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.maintenance.updates',
      title: 'Software and firmware updates installed',
      question: "Does IT support install security patches and firmware updates on the school's systems and devices?",
      hint: 'Ask IT support for their latest patching report. Firmware is the built-in software in equipment such as routers and switches. Under the cyber security standard, fixes the maker rates critical or high MUST be installed within 14 days of release.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask IT support for a monthly report showing updates installed, and any critical or high fixes not installed within 14 days, with the reason.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'it-support.maintenance.health-checks',
      title: 'Regular health checks',
      question: "Does IT support carry out regular health checks of the school's technology and report what they find?",
      hint: 'Ask IT support for the last health-check report and its date. A health check looks at things like disk space, warranty dates, failed backups and ageing kit, before they cause a problem.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Agree how often IT support runs a health check (for example termly) and have each report sent to the SLT digital lead.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.maintenance.backups-and-plans',
      title: 'Backups tested and restorable',
      question: 'Does IT support make sure critical data and systems are backed up, and has a restore been tested?',
      hint: 'Ask IT support when a restore was last tested, what was restored and where the test is logged. A backup that has never been restored may not work when it is needed.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to run and log a test restore each term and report the result to the SLT digital lead.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_BACKUP,
        },
      ],
    },
    {
      code: 'it-support.maintenance.recovery-plans',
      title: 'Help keeping recovery plans current',
      question: 'Does IT support help the SLT digital lead keep the disaster recovery and cyber response plans up to date?',
      hint: 'Look at the dates on the disaster recovery and cyber response plans and check that the IT support contact details in them are current. Ask IT support when they last reviewed the technical parts.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to review the technical parts of both plans each year and after any major change, and date each review.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'it-support.maintenance.filtering-and-accounts',
      title: 'IT support works with the DSL on filtering',
      question: 'Does IT support work with the designated safeguarding lead (DSL) to keep filtering and monitoring working well?',
      hint: 'Ask the DSL how often they meet IT support about filtering and monitoring reports, and when a change they asked for was last made.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Set a regular meeting between IT support and the DSL to go through filtering and monitoring reports and any changes needed.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: FILTERING,
        },
      ],
    },
    {
      code: 'it-support.maintenance.user-accounts',
      title: 'User accounts added and removed on time',
      question: 'Does IT support set up, change and remove user accounts promptly as people join, change role and leave?',
      hint: 'Ask the business manager how IT support hears about staff joining and leaving. Pick a recent leaver and ask IT support to show that their accounts were closed on their last day.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Agree a joiners and leavers form so HR or the office tells IT support in advance, and accounts are ready or closed on the right day.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'it-support.maintenance.planning-advice',
      title: 'Advice on upgrades and budgets',
      question: 'Does IT support give the school advance advice on upcoming upgrades, replacements and costs, in time for budget planning?',
      hint: 'Look for a written forward plan or replacement list from IT support, drawn from the asset and contracts registers (warranty end dates, licence renewals). Good IT support also helps judge new technology before it is bought and keeps up with developments.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support for a costed list of upgrades and replacements due over the next 2 to 3 years, before the next budget round.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: LEADERSHIP,
        },
      ],
    },
    {
      code: 'it-support.service.response-targets',
      title: 'Written response and fix targets',
      question:
        'Does the school have written targets for how quickly IT support responds to and resolves problems, with priority levels and a clear route to escalate?',
      hint: 'These are usually in the IT support contract or service level agreement (SLA). For in-house teams, ask the SLT digital lead for the agreed service statement. A class unable to use its devices should be handled faster than a single faulty mouse.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: RESPONSIVE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Agree in writing with IT support the priority levels, response and fix times for each, and who to escalate to when they are missed.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.service.peak-capacity',
      title: 'Enough support at busy times',
      question: 'Has the school made sure IT support has enough capacity at its busiest times, such as exam seasons and the start of the school year?',
      hint: 'Ask IT support what extra cover they plan for exams and September, and check last September in the request log: did response times slip? Exams that rely on computers are the most exposed.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: RESPONSIVE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Put exam dates and the start of term in the IT support calendar, and agree extra cover or a freeze on non-urgent changes for those weeks.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.service.channels',
      title: 'Clear, official ways to ask for help',
      question:
        'Do staff know the official ways to ask IT support for help and when support is available, and are requests made in corridors or by private message discouraged?',
      hint: 'Ask a few staff how they report a problem. Good set-ups offer more than one route (for example a form, email and phone), publish support hours, and have self-help guides for common issues. Requests by instant message are easily lost.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: RESPONSIVE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Publish the ways to contact IT support, the support hours and links to self-help guides in the staff handbook and on staff devices.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.service.request-log',
      title: 'Every request logged',
      question:
        'Is every IT request logged with what the problem is, when it was raised, who raised it, who approved it (if needed), its priority and what was done?',
      hint: 'Ask to see the log for last month. A helpdesk ticketing tool makes this easy and lets you see trends, such as the same fault recurring in one room.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: RESPONSIVE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Use a helpdesk tool (many IT support contracts include one) to log every request, and review a summary of the log each term.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.service.request-status',
      title: 'Staff can track their requests',
      question: 'Can staff see the progress of the IT requests they have raised, and confirm when a problem has been fixed?',
      hint: 'Ask a member of staff to show you one of their open requests in the helpdesk tool or email updates. They should be able to see its status, whether anything is needed from them, and confirm the fix before the request is closed.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask IT support to switch on status updates in the helpdesk tool and to close requests only after the person who raised them confirms the fix.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.review.yearly',
      title: 'IT support reviewed every year',
      question:
        'Does the SLT digital lead review IT support at least once a year, alongside the digital strategy review, looking at skills, capacity, budget and contracts?',
      hint: 'Ask the SLT digital lead for the notes of the last review. It should use the request log and feedback from staff, ask whether IT support has the skills and time the strategy needs, and check the budget, spending against it and contract terms.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: YEARLY_REVIEW,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Schedule a yearly IT support review in the same month as the digital strategy review, using the request log, response targets and a short staff survey as evidence.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.review.value-and-report',
      title: 'Value for money judged',
      question: 'Does the yearly review judge whether IT support gives value for money, rather than simply choosing the lowest price?',
      hint: 'Ask the SLT digital lead or business manager how value was judged last time. Value for money weighs quality, response times and help with the standards against cost; the cheapest option is not always the best value.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: YEARLY_REVIEW,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add a value-for-money judgement to the yearly review, comparing cost with response times, quality and progress against the standards.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.review.written-report',
      title: 'Review findings reported in writing',
      question: 'Is a written summary of the yearly IT support review shared with senior leaders and governors?',
      hint: 'Check the governor or trustee minutes for the last summary, or ask the clerk. A short written summary gives leaders evidence for decisions about contracts and spending.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: YEARLY_REVIEW,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Write a one-page summary of the IT support review and its recommendations, and share it with senior leaders and governors or trustees.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.guidance.staff-training',
      title: 'Staff trained at induction and refreshed',
      question:
        'Do staff get IT training when they join and regular refreshers on key systems, such as the management information system, safeguarding tools, parent communication tools and cyber security?',
      hint: 'Check the induction checklist and the training calendar, or ask the business manager. Cyber security awareness training should happen at least yearly under the cyber security standard.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add IT system training to the new-staff induction checklist and plan at least one refresher session each year.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'it-support.guidance.documentation',
      title: 'Plain-English guides for staff',
      question: 'Are there plain-English how-to guides for staff on common tasks, published where they can easily find them?',
      hint: 'Ask a few staff where they find help for common tasks, such as logging in, resetting a password, connecting to the display or raising a request. Look for the guides on the intranet or staff area.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to write short guides for the ten most common requests and share them where staff can find them.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.guidance.technical-records',
      title: 'Technical records kept up to date',
      question: "Does IT support keep up-to-date technical documentation of how the school's systems and network are set up?",
      hint: 'Ask IT support where the network diagrams, settings and admin contacts are kept and when they were last updated. These records support the disaster recovery plan and matter most if the IT support provider changes.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Make it a contract requirement that technical documentation is kept current and handed over if the provider changes.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'it-support.guidance.policies',
      title: 'Help with technology policies',
      question:
        'Does IT support help the SLT digital lead write and keep up to date the school’s technology policies, such as data protection, cyber security and acceptable use?',
      hint: 'Ask the SLT digital lead who drafted the technical parts of these policies and when each was last reviewed. An acceptable use policy (AUP) sets the rules everyone agrees to before using school systems.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add IT support to the review of the data protection, cyber security and acceptable use policies, and record the review dates.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
  ],
} satisfies StandardInput;
