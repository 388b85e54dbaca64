// Filtering and monitoring core standard. Texts are Waypoint's own words; facts and links come from DfE.
import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/filtering-and-monitoring-core-standard`;

const KCSIE = {
  title: 'Keeping children safe in education (statutory guidance)',
  url: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
};
const STANDARD = { title: 'DfE: filtering and monitoring standard', url: PAGE };
const TEST_TOOL = { title: 'SWGfL filtering test tool', url: 'https://testfiltering.com/' };
const GEN_AI = {
  title: 'DfE: generative AI product safety standards',
  url: 'https://www.gov.uk/government/publications/generative-ai-product-safety-standards/generative-ai-product-safety-standards',
};

const PLAN_TECH_URL = 'https://www.plan-technology-for-your-school.education.gov.uk/';
const UKSIC = {
  title: 'UK Safer Internet Centre: appropriate filtering and monitoring',
  url: 'https://saferinternet.org.uk/advice-centre/teachers-and-school-staff/appropriate-filtering-and-monitoring',
};
const SWGFL = {
  title: 'SWGfL: filtering and monitoring guidance, webinars and tools',
  url: 'https://swgfl.org.uk/resources/filtering-and-monitoring',
};

const NOW = { kind: 'NOW', text: 'Expected now through Keeping children safe in education' } as const;

export const filteringAndMonitoring = {
  slug: 'filtering-and-monitoring',
  title: 'Filtering and monitoring',
  summary:
    'Keeping pupils away from harmful content online and spotting warning signs early: the right blocks in place, someone watching what happens, clear jobs for leaders, the DSL and IT support, and a check at least once a year.',
  core: true,
  layer: 1,
  timing: NOW,
  sourceUrl: PAGE,
  requirements: [
    // Roles and responsibilities
    {
      code: 'filtering-and-monitoring.roles.named-leads',
      title: 'A named senior leader and governor answer for filtering and monitoring',
      question:
        'Have governors named one member of the senior leadership team and one governor who are answerable for filtering and monitoring, and do both know what that involves?',
      hint: 'Ask the clerk to governors, or look in governing body minutes, the safeguarding policy or the scheme of delegation, for the two names. The governing body sets the direction; the named senior leader handles buying, decisions about what is blocked or allowed, and reports. It should also be clear who can approve an urgent change to the filter, so a problem can be fixed quickly.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Put an item on the next governing body agenda to name the responsible senior leader and governor, and write their duties into the safeguarding policy.',
          owner: 'GOVERNORS',
          costBand: 'NONE',
          guidance: STANDARD,
        },
        {
          action:
            'Write down who can approve an urgent change to filtering or monitoring (and their deputy), so IT support knows whose say-so to act on at short notice.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.roles.governor-assurance',
      title: 'Governors are told at least yearly that the arrangements work',
      question: 'Do governors receive, at least once a year, clear assurance that filtering and monitoring are working as they should?',
      hint: 'Check whether the DSL or senior leader reports on filtering and monitoring to governors, for example in the annual safeguarding report, and whether minutes show governors asked questions about it.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Add a short filtering and monitoring section to the annual safeguarding report to governors: what was checked, what was found and what changed.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: KCSIE,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.roles.dsl',
      title: "The DSL's part in filtering and monitoring is clear",
      question:
        'Is it written down that the designated safeguarding lead leads on online safety, looks at what filtering and monitoring reports show, and acts on any concerns?',
      hint: "Look at the DSL's role description and the child protection policy. KCSIE gives the DSL lead responsibility for online safety, including understanding the filtering and monitoring in place.",
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: "Update the DSL's role description to include reviewing filtering and monitoring reports, following up concerns and reporting to governors.",
          owner: 'HEADTEACHER',
          costBand: 'NONE',
          guidance: KCSIE,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.roles.it-support',
      title: "IT support's part in filtering and monitoring is clear",
      question:
        'Does your IT support (in-house or contracted) know it is responsible for running the filtering and monitoring systems, producing reports and making changes when asked?',
      hint: 'Check the IT support contract or job description. It should cover keeping the systems working, supplying reports to the DSL and senior leader, and acting on agreed changes.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Agree in writing with IT support what they do for filtering and monitoring: upkeep, reports, changes and who they tell about problems.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.roles.joint-approach',
      title: 'Leaders, the DSL and IT support agree the approach together',
      question: 'Do the senior leader, the DSL and IT support decide together how filtering and monitoring should work, rather than leaving it to one person?',
      hint: 'Ask the senior leader, the DSL and IT support when the three of them last met about filtering and monitoring, and look for notes of that meeting. Decisions such as unblocking a website should weigh both safeguarding and technical views.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Set up a short termly meeting of the senior leader, DSL and IT support to agree changes, and keep a log of what is blocked or allowed and why.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.roles.block-allow-log',
      title: 'Decisions on what is blocked or allowed are written down',
      question: 'Do you keep a written record of decisions to block or allow websites and apps, saying who decided and why?',
      hint: 'Ask IT support or the senior leader to show the log of recent block and unblock decisions (often a spreadsheet or the change history in the filtering console). Each entry should say what changed, who approved it and the reason, so the next review can check the decisions still make sense.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Start a simple block and allow log (date, site or app, decision, who approved, reason) and ask IT support to add every change to it.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
        {
          action: 'Look through the log at each yearly review and remove decisions that no longer apply.',
          owner: 'DSL',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.roles.reporting-process',
      title: 'A clear route for reporting and acting on concerns',
      question: 'Is there a written process for what happens when someone sees harmful content, finds a useful site blocked, or a monitoring alert comes in?',
      hint: 'Look in the child protection or online safety policy. It should say who to tell, how quickly, how the issue is recorded and who decides what happens next.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Add a one-page reporting flow to the online safety policy covering harmful content seen, wrongly blocked sites and monitoring alerts.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: KCSIE,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.roles.staff-training',
      title: 'Staff know how to report and act on concerns',
      question: 'Have all staff been trained to understand the filtering and monitoring in place, and to know what to do if they see a problem?',
      hint: 'Check safeguarding training records. KCSIE expects staff training to include their part in filtering and monitoring, not just general online safety.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action:
            'Include a short filtering and monitoring section in the next staff safeguarding training, covering what is in place and how to report concerns.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: KCSIE,
        },
      ],
    },

    // Review
    {
      code: 'filtering-and-monitoring.review.yearly',
      title: 'Filtering and monitoring reviewed every academic year',
      question:
        'Has filtering and monitoring been reviewed in the current academic year by the senior leader, the DSL and IT support, with the responsible governor involved?',
      hint: 'Ask for the latest review record and its date. A review should look at both filtering and monitoring, what pupils need, and whether the current setup still fits.',
      expectation: 'SHOULD',
      timing: { kind: 'NOW', text: 'Expected now through Keeping children safe in education, and at least once every academic year' },
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Book a review meeting this term with the senior leader, DSL, IT support and the named governor, and put the next one in the school calendar.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.review.triggers',
      title: 'Extra reviews when something changes',
      question:
        'Do you review filtering and monitoring again when something changes, such as a safeguarding concern, new devices, pupils bringing their own devices, remote learning or a major system update?',
      hint: 'Check whether any recent changes (new laptops, new software, a new filtering setting, an incident) led to a review. If nobody thought of it, the answer is probably no.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Write a short list of events that trigger a review into the online safety policy, and ask IT support to flag any of them to the DSL.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.review.record-and-act',
      title: 'Review results are recorded and lead to changes',
      question: 'Is each review written up with what was found and the actions agreed, and are those actions followed through?',
      hint: 'Look for a written record of the last review and check whether its actions were done. A review that changes nothing, when problems were found, has not done its job.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: "Record each review with findings, actions, owners and dates, and check progress on the actions at the next governors' safeguarding update.",
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: SWGFL,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.review.kcsie-duties',
      title: 'The review checks the school still meets its safeguarding duties',
      question: 'Does the review check filtering and monitoring against what Keeping children safe in education currently asks of schools?',
      hint: 'Ask the DSL which edition of Keeping children safe in education (KCSIE) the last review was checked against, and compare the date with the current edition on GOV.UK. KCSIE is updated most years, so a setup checked against an old edition may have gaps.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Add a check against the current edition of KCSIE to the review agenda, led by the DSL.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: KCSIE,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.review.live-testing',
      title: 'The filter is tested on real devices, sites and user groups',
      question:
        'As part of the review, do you test that the filter really blocks child abuse, terrorist and adult content on different devices, sites and types of user?',
      hint: 'A free online test tool (for example from SWGfL) shows whether key categories are blocked. Try it on a pupil laptop, a staff device, a tablet and in each building.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Run the online filtering test on a sample of pupil and staff devices in each building, and keep the results with the review record.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: TEST_TOOL,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.review.generative-ai',
      title: 'Generative AI tools are included in the review',
      question: 'Does the review cover AI chat and image tools used in school, including whether they filter harmful content and can be monitored?',
      hint: 'List the AI tools staff and pupils use or can reach. DfE expects them to be covered by the review, and has published safety standards to check AI products against before adopting them.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'List the AI tools in use and check each against the DfE generative AI product safety standards; block or restrict any that fall short.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: GEN_AI,
        },
      ],
    },

    // Filtering
    {
      code: 'filtering-and-monitoring.filtering.risk-profile',
      title: 'Filtering fits your pupils and their risks',
      question:
        "Is your filtering set up for your pupils' ages, abilities and needs, including pupils with SEND or who speak English as an additional language?",
      hint: 'Ask IT support to show the filtering settings for each year group or key stage. Younger or more vulnerable pupils may need tighter settings.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: "Have the DSL describe the school's online risks (ages, SEND, EAL, known concerns) and ask IT support to match the filter settings to them.",
          owner: 'DSL',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.filtering.technology-use',
      title: 'Filtering fits how technology is used in school',
      question: 'Does your filtering match the way devices are used, for example shared laptops, one device per pupil, or devices taken home?',
      hint: 'Compare how pupils actually use technology with what the filter covers. A filter set up for desktop rooms may miss tablets, take-home laptops or new apps.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'List how and where pupils use devices, and ask IT support to confirm the filter covers each case.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.filtering.teaching-access',
      title: 'Filtering does not get in the way of teaching',
      question: 'Can teachers and pupils reach the websites and resources they need for lessons without the filter blocking them unreasonably?',
      hint: 'Ask a few teachers whether useful sites are often blocked, and how long an unblock request takes. Too much blocking is a problem DfE asks schools to avoid.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Set up a quick way for staff to ask for a site to be unblocked, with the decision and reason logged by the senior leader or DSL.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.filtering.separate-profiles',
      title: 'Different filter settings for pupils and staff',
      question: 'Does the filter apply different settings to pupils and staff, rather than one setting for everyone?',
      hint: 'Ask IT support how many filtering profiles you have. At minimum, pupils and staff should be treated differently; many schools also vary settings by age.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to set up at least separate pupil and staff profiles, and check that pupils cannot log in under a staff profile.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.filtering.iwf-list',
      title: 'The child abuse image list is always blocked',
      question:
        'Does your filter block the Internet Watch Foundation (IWF) list of child sexual abuse content, in a way that nobody, including IT administrators, can switch off?',
      hint: 'Ask your filtering provider to confirm this in writing. If anyone at school or the provider can turn the IWF list off or override it, the standard is not met.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask the filtering provider to confirm in writing that the IWF list is always on and cannot be disabled or overridden by anyone.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.filtering.ctiru-list',
      title: 'The police terrorist content list is always blocked',
      question:
        'Does your filter block the police Counter-Terrorism Internet Referral Unit (CTIRU) list of illegal terrorist content, in a way nobody can switch off?',
      hint: 'Ask your filtering provider to confirm this in writing. As with the IWF list, no user or administrator should be able to disable or override it.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask the filtering provider to confirm in writing that the CTIRU list is always on and cannot be disabled or overridden by anyone.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.filtering.provider-membership',
      title: 'Your filtering provider is an IWF member and uses the CTIRU list',
      question: 'Is your filtering provider a member of the Internet Watch Foundation and signed up to receive the CTIRU terrorist content list?',
      hint: 'The IWF publishes its members on its website, and many providers state both in their product details. If the provider cannot show both, you need a different provider.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Check the provider appears on the IWF member list and ask for written confirmation of CTIRU sign-up.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
        {
          action: 'If the provider does not meet both, move to one that does before the current contract renews.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.filtering.harmful-categories',
      title: 'Harmful and unsuitable content is blocked',
      question:
        'Does the filter block harmful content such as pornography, self-harm, violence, extremism, gambling and illegal drugs, including in other languages, misspellings and abbreviations?',
      hint: 'Ask IT support for the list of blocked categories. A good filter recognises content in several languages and catches deliberate misspellings, not just exact words.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Go through the blocked categories with IT support and the DSL, and confirm the filter handles other languages, misspellings and abbreviations.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.filtering.traceable',
      title: 'Blocked attempts can be traced to a person and device',
      question:
        'If someone tries to reach blocked content, does the filter record who it was (where possible), the device, the time and what they searched for or tried to open, and alert staff?',
      hint: 'Ask IT support to show a sample filter log. If it only shows an IP address or a shared login, you may not be able to tell which pupil needs support.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to switch on logging by user and device, and to send block alerts to the DSL.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: UKSIC,
        },
        {
          action: 'Replace shared pupil logins with individual ones so activity can be linked to a person.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.filtering.bypass',
      title: 'Ways round the filter are detected and blocked',
      question:
        'Does the filter detect and block common ways round it, such as VPNs, proxy websites, encrypted connections, extra browsers or unapproved browser add-ons?',
      hint: 'Ask IT support whether pupils can install browsers or add-ons, and whether the filter blocks VPN and proxy tools. Pupils often share ways to get round filters.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to block VPN and proxy tools, stop pupils installing browsers or add-ons, and report any bypass attempts to the DSL.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.filtering.safe-search',
      title: 'Safe search is locked on',
      question: 'Is safe search locked on in search engines and video sites for pupils, so it cannot be turned off?',
      hint: 'Ask IT support how safe search is enforced. To check for yourself, sign in to a pupil device, open the search engine and video site settings, and see whether safe search can be switched off.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to enforce safe search through the filter or device management for all pupil accounts.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.filtering.all-devices',
      title: 'Every device using the school network is filtered',
      question:
        "Is every device that uses the school's internet filtered, including school devices taken off site, pupils' and staff's own devices, and guest devices?",
      hint: "Ask IT support whether school laptops are filtered at home, and how personal and visitors' devices get online. Devices the school does not manage should be on a separate network.",
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to confirm filtering on every device type, and to put personal and guest devices on a separate, filtered network.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: SWGFL,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.filtering.all-connections',
      title: 'Every internet connection is filtered',
      question: 'Is filtering applied on every way into the internet at school, including backup lines and portable wifi or mobile hotspots?',
      hint: 'Ask IT support and the business manager to list every internet connection the school has, including backup lines and mobile hotspots or dongles used on trips, and say which ones go through the filter. A backup line or hotspot can bypass the main filter.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'List all internet connections, including backup lines and portable wifi, and confirm with IT support that each one goes through the filter.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },

    // Monitoring
    {
      code: 'filtering-and-monitoring.monitoring.fits-school',
      title: 'Monitoring fits your risks and how technology is used',
      question: "Have you chosen how to monitor pupils' online activity based on your pupils' risks and the way devices are used in school?",
      hint: 'Ask the DSL how the current monitoring methods were chosen and look for the reasoning in the last review record. Monitoring can be staff watching screens, checking logs, or software that flags concerns; the mix should follow from your risks, not just what came with the system.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'At the next review, decide which monitoring methods you need and why, and record the reasoning.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.monitoring.strategy',
      title: 'A written monitoring approach',
      question: 'Is your approach to monitoring written down, either on its own or as part of your safeguarding or online safety policy?',
      hint: 'Look in the online safety or child protection policy for a section on monitoring: what is monitored, how, by whom, and what happens when a concern is found.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Add a monitoring section to the online safety policy covering methods, who checks reports and how concerns are handled.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.monitoring.in-person-and-technical',
      title: 'Staff supervise pupils in person when devices are used',
      question: 'Do staff actively watch what pupils are doing on screen whenever pupils use devices in school?',
      hint: 'Ask a few teachers how they keep an eye on pupil screens in lessons (walking the room, screen layout, classroom management software) and check the staff code of conduct or online safety policy says this is expected. Watching in person is the first layer of monitoring in every school.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Remind all staff that watching pupils on devices is part of their safeguarding role, and set out classroom expectations.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: KCSIE,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.monitoring.technical',
      title: 'Technical monitoring is in place where the review says it is needed',
      question:
        'Where your filtering and monitoring review found that technical monitoring is needed, such as checking network logs or using monitoring software, is it in place?',
      hint: 'Ask the DSL what the last review decided about technical monitoring, then ask IT support what actually runs today. Technical monitoring means a system that records or flags what is typed or viewed on devices. It is optional in DfE’s text, but often needed for older pupils or take-home devices.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Record in the review whether technical monitoring is needed and why, and check the answer against what IT support says is running.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: STANDARD,
        },
        {
          action: 'If the review shows a need, get quotes for monitoring software that works on your devices.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'MEDIUM',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.monitoring.users-informed',
      title: 'Users know they are being monitored',
      question:
        'Are pupils, staff and visitors told that their online activity is monitored, for example in the acceptable use agreement or a message on screen?',
      hint: 'Check the acceptable use agreements and log-in screens. People should know monitoring happens; devices can show a notice when they are in use.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add a clear monitoring notice to acceptable use agreements and ask IT support to show one on log-in screens.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.monitoring.immediate-alerts',
      title: 'Serious risks trigger an alert straight away',
      question: 'Can your monitoring raise an alert straight away when it spots a serious risk, such as signs of self-harm, abuse or radicalisation?',
      hint: 'Ask IT support or the monitoring provider which events raise an immediate alert and how fast it arrives. Waiting for a weekly report is too slow for the most serious risks.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Agree with IT support and the DSL which risks must raise an immediate alert, and check the system can do it.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.monitoring.alert-recipients',
      title: 'Alerts reach the right people',
      question: 'Are monitoring alerts set up to go to the DSL or a deputy, with cover when they are away?',
      hint: 'Check who receives alerts today. If they go only to IT support, or to one person with no cover, a concern could be missed.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Ask IT support to send alerts to the DSL and deputy DSLs, and test that a sample alert arrives.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: KCSIE,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.monitoring.weekly-reports',
      title: 'Monitoring reports are checked every week',
      question: 'Does the DSL (or someone they choose) look at monitoring reports at least weekly, in a form that is easy to understand?',
      hint: 'Ask the DSL when they last read a monitoring report and whether it made sense to them. Reports full of technical detail often go unread.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Put a weekly slot in the DSL calendar to check monitoring reports, and ask IT support or the provider for a simpler report if needed.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: SWGFL,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.monitoring.incident-record',
      title: 'Incidents are recorded with what was done',
      question: 'When monitoring flags a concern, is it recorded with what action was taken and what the outcome was?',
      hint: 'Look in your safeguarding records system for recent online incidents. Each should show what happened, who acted and how it ended.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Log monitoring concerns in the usual safeguarding record system, with the action taken and the outcome.',
          owner: 'DSL',
          costBand: 'NONE',
          guidance: KCSIE,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.monitoring.traceable',
      title: 'Monitoring identifies the person involved',
      question: 'Can monitoring show which person was involved in a concern, either directly or by linking the device to whoever was using it?',
      hint: 'Ask IT support to show a sample alert. If it only names a shared device, check there is a way (such as a booking record) to tell who was using it.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Use individual logins for pupils, or keep a record of who uses each shared device, so alerts can be linked to a person.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: UKSIC,
        },
      ],
    },
    {
      code: 'filtering-and-monitoring.monitoring.all-devices',
      title: 'Monitoring covers every type of device',
      question: 'Does monitoring work on every kind of device pupils use, including laptops, tablets, Chromebooks and devices used off site?',
      hint: 'Some monitoring tools only work on one kind of device. List the device types in school and ask IT support to confirm each is covered.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'List the device types pupils use and confirm with IT support or the provider that monitoring covers each one.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: UKSIC,
        },
        {
          action: 'Where a device type is not covered, extend the monitoring licence or change tool at renewal.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'LOW',
        },
      ],
    },
  ],
} satisfies StandardInput;
