import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/it-support`;

const STANDARD = { title: 'DfE: IT support standard', url: PAGE };
const CYBER = { title: 'DfE: cyber security standard', url: `${HUB}/cyber-security-core-standard` };
const FILTERING = { title: 'DfE: filtering and monitoring standard', url: `${HUB}/filtering-and-monitoring-core-standard` };
const PLAN_TECH = { title: 'DfE: Plan technology for your school', url: 'https://www.plan-technology-for-your-school.education.gov.uk/' };

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
      sourceUrl: PAGE,
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
        },
      ],
    },
    {
      code: 'it-support.maintenance.routine',
      title: 'Systems monitored, updated and health-checked',
      question:
        "Does IT support routinely monitor the school's systems, install software and firmware updates, and carry out regular health checks, in line with the digital strategy?",
      hint: 'Ask IT support (or check the contract) what is done daily, weekly and termly, and for the last health-check report. Updates rated critical or high should be installed within 14 days under the cyber security standard.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support for a written schedule of routine checks and updates, and a short termly report showing they were done.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'it-support.maintenance.backups-and-plans',
      title: 'Backups restorable and recovery plans kept current',
      question: 'Does IT support keep backups that have been tested and can be restored, and keep the disaster recovery and cyber incident plans up to date?',
      hint: 'Ask when a restore was last tested and what was restored. Check the dates on the disaster recovery and cyber response plans and whether IT support contact details in them are current.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to run and log a test restore each term and to update the recovery and cyber response plans after any major change.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: CYBER,
        },
      ],
    },
    {
      code: 'it-support.maintenance.filtering-and-accounts',
      title: 'Filtering, monitoring and user accounts looked after',
      question:
        'Does IT support work with the designated safeguarding lead on filtering and monitoring, and set up, change and remove user accounts promptly as people join, move and leave?',
      hint: "Ask the DSL how often they meet IT support about filtering reports. Ask the business manager how IT support hears about staff leavers, and check whether a recent leaver's accounts were closed on their last day.",
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Set a regular meeting between IT support and the DSL to go through filtering and monitoring reports and any changes needed.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: FILTERING,
        },
        {
          action: 'Agree a joiners and leavers form so HR or the office tells IT support in advance, and accounts are ready or closed on the right day.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'it-support.maintenance.planning-advice',
      title: 'Advice on upgrades and budgets',
      question: 'Does IT support give the school advance advice on upcoming upgrades, replacements and costs, in time for budget planning?',
      hint: 'Look for a written forward plan or replacement list from IT support. It should draw on the asset and contracts registers, for example warranty end dates and licence renewals.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support for a costed list of upgrades and replacements due over the next 2 to 3 years, before the next budget round.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'it-support.service.response-targets',
      title: 'Written response and fix targets',
      question:
        'Does the school have written targets for how quickly IT support responds to and resolves problems, with priority levels and a clear route to escalate?',
      hint: 'These are usually in the IT support contract or service level agreement. For in-house teams, look for an agreed service statement. A class unable to use its devices should be handled faster than a single faulty mouse.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
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
      code: 'it-support.service.channels',
      title: 'Clear, official ways to ask for help',
      question:
        'Do staff know the official ways to ask IT support for help and when support is available, and are requests made in corridors or by private message discouraged?',
      hint: 'Ask a few staff how they report a problem. Good set-ups offer more than one route (for example a form, email and phone), publish support hours, and have self-help guides for common issues.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Publish the ways to contact IT support, the support hours and links to self-help guides in the staff handbook and on staff devices.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
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
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Use a helpdesk tool (many IT support contracts include one) to log every request, and review a summary of the log each term.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'it-support.review.yearly',
      title: 'IT support reviewed every year',
      question:
        'Does the SLT digital lead review IT support at least once a year, alongside the digital strategy review, looking at skills, capacity, budget and contracts?',
      hint: 'Look for notes from the last review. It should ask whether IT support has the skills and time the strategy needs, whether the budget is right and whether the contract terms still fit.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Schedule a yearly IT support review in the same month as the digital strategy review, using the request log and response targets as evidence.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'it-support.review.value-and-report',
      title: 'Value for money judged and reported to governors',
      question:
        'Does the yearly review judge IT support on value for money rather than lowest price, and is a written summary shared with senior leaders and governors?',
      hint: 'Value for money weighs quality, response times and the help given with the standards against cost. Check governor minutes for the last summary.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Write a one-page summary of the IT support review, including a value-for-money judgement, and share it with governors or trustees.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'it-support.guidance.staff-training',
      title: 'Staff trained at induction and refreshed',
      question:
        'Do staff get IT training when they join and regular refreshers on key systems, such as the management information system, safeguarding tools, parent communication tools and cyber security?',
      hint: 'Check the induction checklist and the training calendar. Cyber security awareness training should happen at least yearly under the cyber security standard.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
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
      title: 'Plain-English guides and technical records',
      question:
        "Are there plain-English how-to guides for staff, and does IT support keep up-to-date technical documentation of how the school's systems are set up?",
      hint: 'Ask where staff find help for common tasks, such as connecting to the display or resetting a password. Technical records (network diagrams, settings, admin contacts) matter most if the IT support provider changes.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to write short guides for the ten most common requests and share them where staff can find them.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Make it a contract requirement that technical documentation is kept current and handed over if the provider changes.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
        },
      ],
    },
  ],
} satisfies StandardInput;
