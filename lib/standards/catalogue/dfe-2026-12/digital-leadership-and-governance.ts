// Digital leadership and governance core standard. Texts are Waypoint's own words; facts and links come from DfE.
import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/digital-leadership-and-governance-core-standard`;

const STANDARD = { title: 'DfE: digital leadership and governance standard', url: PAGE };
const PLAN_TECH_URL = 'https://www.plan-technology-for-your-school.education.gov.uk/';
const PLAN_TECH = { title: 'DfE: Plan technology for your school', url: PLAN_TECH_URL };
const SUSTAINABILITY = {
  title: 'DfE: sustainability and climate change strategy',
  url: 'https://www.gov.uk/government/publications/sustainability-and-climate-change-strategy',
};
const DP_SCHOOLS = { title: 'DfE: data protection in schools', url: 'https://www.gov.uk/guidance/data-protection-in-schools' };
const EDTECH_BUYING = {
  title: 'DfE: procuring educational technology (data protection in schools)',
  url: 'https://www.gov.uk/guidance/data-protection-in-schools/procuring-educational-technology-edtech',
};
const BUYING = { title: 'DfE: Get help buying for schools', url: 'https://www.get-help-buying-for-schools.service.gov.uk/' };

const BEFORE_STRATEGY = { kind: 'AT_TRIGGER', text: 'Before the digital strategy is written or next reviewed' } as const;
const BEFORE_BUDGET = { kind: 'AT_TRIGGER', text: 'Before the next budget cycle' } as const;
const BEFORE_FINANCIAL_PLANNING = { kind: 'AT_TRIGGER', text: 'Before the next financial planning cycle' } as const;
const ON_CHANGE = { kind: 'NOW', text: 'Expected already, every time something is bought, changed or removed' } as const;
const TERMLY = { kind: 'AT_TRIGGER', text: 'At least once a term' } as const;
const YEARLY = { kind: 'AT_TRIGGER', text: 'At least once a year' } as const;
const NOW = { kind: 'NOW', text: 'Expected already; insurers may also ask to see these plans' } as const;

export const digitalLeadershipAndGovernance = {
  slug: 'digital-leadership-and-governance',
  title: 'Digital leadership and governance',
  summary:
    'A senior leader in charge of technology, up-to-date records of what the school owns and pays for, plans for when technology fails, and a costed digital strategy that is linked to the school development plan and reviewed every year.',
  core: true,
  layer: 2,
  timing: { kind: 'BY_DATE', date: '2030-12-31', text: 'Core standard: every school working towards it by 2030' },
  sourceUrl: PAGE,
  requirements: [
    // Leadership roles
    {
      code: 'digital-leadership-and-governance.lead.slt-digital-lead',
      title: 'A senior leader is responsible for digital technology',
      question:
        'Has the headteacher appointed a member of the senior leadership team to lead on digital technology, separate from whoever looks after the network day to day?',
      hint: 'Ask the headteacher who on the senior leadership team leads on digital technology, and check it appears in that person’s job description or the staff structure. The digital lead does not need to be a technical expert: they answer for the digital strategy, how well technology is used, how IT support performs and what training staff need.',
      expectation: 'SHOULD',
      timing: BEFORE_STRATEGY,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Choose a senior leader as digital lead, tell staff and governors, and give them time in their timetable or workload for the role.',
          owner: 'HEADTEACHER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.lead.role-written',
      title: 'The digital lead role is written down',
      question: "Is the digital lead's role written down clearly enough that someone else could pick it up if they left?",
      hint: "Look for a role description or a section in the senior leader's job description covering strategy, IT support oversight, registers, continuity plans and staff training.",
      expectation: 'SHOULD',
      timing: BEFORE_STRATEGY,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Write a one-page description of the digital lead role and its yearly tasks, and keep it with other handover documents.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.lead.challenge-process',
      title: 'Technology proposals are challenged before they are approved',
      question: 'Is there an agreed way for leaders or governors to question and test proposals for new technology before money is committed?',
      hint: 'Think about the last large technology purchase. Was it checked against the strategy, cost, safeguarding and data protection before approval, and by whom?',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action:
            'Agree a short checklist that every technology proposal must pass (fit with strategy, full cost, safeguarding, data protection) and who signs it off.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: EDTECH_BUYING,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.lead.governor-link',
      title: 'Governors have considered a digital link governor',
      question: 'Have governors or trustees considered naming one of their members to keep a particular eye on digital technology?',
      hint: 'Check governing body minutes or the list of link roles. A link governor can meet the digital lead and report back to the full board.',
      expectation: 'SHOULD',
      timing: BEFORE_STRATEGY,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Raise a digital link governor role at the next governing body meeting and record the decision.',
          owner: 'GOVERNORS',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },

    // Vision and strategy
    {
      code: 'digital-leadership-and-governance.strategy.technology-known',
      title: 'You know what technology the school has',
      question: 'Do leaders have a clear picture of the hardware and software the school uses, and how well it serves staff and pupils?',
      hint: 'Ask the digital lead for a summary of the school’s main hardware and software and where it falls short; the asset and contracts registers are a good starting point. If nobody can produce this picture, the answer is no, and any strategy would be guesswork.',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Use the asset and contracts registers, plus a short staff survey, to summarise what technology you have and where it falls short.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.vision',
      title: 'A long-term digital vision',
      question:
        'Does the school have a written vision of what it wants technology to do for teaching, learning and running the school over the next few years (up to five)?',
      hint: 'Ask the headteacher or digital lead for the written vision; it may sit in the digital strategy or the school development plan. The vision comes first and the strategy follows from it. It can be short: a few sentences agreed by leaders and governors.',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Hold a session with leaders and governors to agree a short digital vision for the next three to five years.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.vision-informed',
      title: 'The vision reflects the views of the school community',
      question: 'Was the digital vision shaped by the views of staff, pupils, parents and governors?',
      hint: 'Ask the digital lead how the vision was drawn up: look for survey results, meeting notes or a pupil or parent forum where it was discussed. Visits to, or calls with, similar schools that use technology well are also useful evidence of a well-informed vision.',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Before the next strategy review, run a short survey of staff, pupils and parents about what technology should do for them, and share the results with governors.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
        {
          action: 'Arrange a visit or call with a similar school that uses technology well, and note what you could learn from it.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.costed-strategy',
      title: 'A costed digital strategy for at least two years',
      question: 'Is there a written, costed digital strategy covering at least the next two years that sets out how the vision will be reached?',
      hint: 'Look for a document with actions, dates and costs, not just aims. DfE expects the strategy to be built after the lead role, registers and continuity plans are in place.',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Draft a two-year strategy with actions, owners, dates and costs, using Plan Tech and this assessment to set priorities.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.whole-school-scope',
      title: 'The strategy covers teaching, learning and administration',
      question: "Does the strategy cover technology for teaching, for pupils' learning and for running the school, not just one of these?",
      hint: 'Check the strategy for sections on classroom use, pupil access and office systems such as finance, MIS and communication.',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Ask teaching staff and the office team what they need, and add any missing area to the strategy.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.owner',
      title: 'Everyone knows who owns the strategy',
      question: 'Is it clear who is responsible for delivering the digital strategy, and do staff and governors know who that is?',
      hint: 'Usually the senior digital lead. Ask a few staff and a governor who they would go to about the digital strategy.',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Name the strategy owner on the front page of the strategy and in the school development plan.',
          owner: 'HEADTEACHER',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.development-plan',
      title: 'The strategy is tied to the school development plan',
      question: "Is the digital strategy linked to the school development plan, so that technology supports the school's main priorities?",
      hint: 'Compare the two documents. Each digital action should support a development plan priority, and the development plan should mention the digital work it relies on.',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Cross-reference each strategy action to a school development plan priority, and add key digital actions to the development plan.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.budget',
      title: 'The strategy has a budget',
      question: 'Is money set aside in the school or trust budget to pay for the actions in the digital strategy?',
      hint: 'Check the budget plan with the business manager. A strategy without a budget line is unlikely to happen.',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Add the costed strategy actions to the next budget plan, including a yearly amount for replacing equipment.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: BUYING,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.whole-life-cost',
      title: 'Whole-life costs are planned for',
      question:
        'When planning technology, do you count the full cost over its life (set-up, licences, support, training, repairs, replacement and disposal), so spending is sustainable?',
      hint: 'Ask the business manager to show the costing for a recent technology purchase: did it include running, support, training and eventual replacement and disposal costs, or only the price on the day?',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Add a whole-life cost line to every technology proposal and build replacement cycles into the budget forecast.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: BUYING,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.training',
      title: 'Staff training is part of the strategy',
      question: 'Does the strategy include training so that staff can use the technology well and safely?',
      hint: 'Check whether the strategy names training needs and links them to the staff development plan. New technology without training often goes unused.',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Ask staff where they need help with technology and add a training plan to the strategy.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'LOW',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.yearly-review',
      title: 'The strategy is reviewed every year',
      question: 'Is the digital strategy reviewed at least once a year?',
      hint: 'Ask the digital lead for the date of the last strategy review and check whether governors saw the outcome, for example in committee minutes.',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: "Put a yearly strategy review in the governors' calendar, ahead of budget setting.",
          owner: 'GOVERNORS',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.summary-shared',
      title: 'A summary of the strategy is shared',
      question: 'Is a short summary of the digital strategy shared with staff, governors, parents and pupils?',
      hint: 'Ask the digital lead where the summary is published: the website, a newsletter, a staff briefing or a governors’ report. A one-page overview helps everyone understand what is planned and why.',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'After each yearly review, publish a one-page summary of the strategy on the website and share it at a staff briefing.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.sustainable',
      title: 'The strategy is environmentally sustainable',
      question:
        'Does the digital strategy plan to reduce the environmental impact of technology, for example by keeping devices for longer, choosing energy-efficient equipment and reusing or recycling responsibly?',
      hint: 'Ask the digital lead to point to the part of the strategy that deals with sustainability. Look for concrete plans such as repair and reuse before replacement, energy settings on devices, energy ratings in buying specifications and responsible recycling.',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add a short sustainability section to the strategy covering device lifespan, energy use, repair and reuse, and recycling.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: SUSTAINABILITY,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.strategy.pupil-access-outside',
      title: 'You know what technology pupils can use outside school',
      question: 'Has the school found out what devices and internet access pupils can use outside school, to inform the digital strategy?',
      hint: 'Ask the digital lead or pastoral team whether pupils or parents have been surveyed about devices and home internet, for example at admission or in a yearly survey. Without this, homework or remote learning that needs a device can leave some pupils behind (the digital divide).',
      expectation: 'SHOULD',
      timing: BEFORE_BUDGET,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Add a short question about home devices and internet access to admission forms or a yearly parent survey, and use the results in the strategy.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
        {
          action:
            'Plan how pupils without a suitable device or connection at home will be supported, for example by lending devices or opening rooms after school.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'LOW',
        },
      ],
    },

    // Registers
    {
      code: 'digital-leadership-and-governance.registers.hardware-assets',
      title: 'A register of hardware',
      question:
        'Do you keep a register of all technology equipment, showing what it is, its serial or asset number, who has it, where it is, when it was bought and when it should be replaced?',
      hint: 'Ask the digital lead or IT support to show the register. It should also record a review date and when each item should be securely disposed of. The digital lead owns it. A spreadsheet is enough; Plan Tech and some trusts point schools to ready-made templates.',
      expectation: 'SHOULD',
      timing: BEFORE_FINANCIAL_PLANNING,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Start a hardware register (a spreadsheet or any template your trust or Plan Tech points you to), with IT support filling in the technical details.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.registers.hardware-updated',
      title: 'The hardware register is kept up to date',
      question: 'Is the hardware register updated whenever equipment is bought, moved or disposed of?',
      hint: 'Ask IT support to show the register, then pick five devices at random and check it is right about where they are and who uses them. Recently bought or disposed-of items are a good test.',
      expectation: 'SHOULD',
      timing: ON_CHANGE,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Make updating the register part of every purchase, move and disposal.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.registers.hardware-termly-check',
      title: 'The hardware register is checked every term',
      question: 'Is the hardware register checked against the equipment actually in school at least once a term?',
      hint: 'Ask IT support when the register was last checked against what is in classrooms and offices, and whether the check is in their schedule of work.',
      expectation: 'SHOULD',
      timing: TERMLY,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Add a termly register check to the IT support schedule and record the date and any corrections each time.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.registers.contracts',
      title: 'A register of technology contracts and licences',
      question: 'Do you keep a register of technology contracts, subscriptions, licences and certificates, including broadband, IT support and approved apps?',
      hint: 'Ask the business manager to show the register. The business team usually holds costs and renewal dates; IT support adds technical details. Missing renewal dates can mean surprise bills or lapsed services.',
      expectation: 'SHOULD',
      timing: BEFORE_FINANCIAL_PLANNING,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Create a contracts register with supplier, cost, start and end dates, notice period and the technical contact for each contract.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.registers.contracts-updated',
      title: 'The contracts register is kept up to date',
      question: 'Is the contracts register updated whenever a technology contract or subscription is added, renewed or ended?',
      hint: 'Ask the business manager to show the register and check whether the most recent new subscription or renewal appears in it.',
      expectation: 'SHOULD',
      timing: ON_CHANGE,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Add updating the contracts register to the steps for signing, renewing or ending any technology contract, and set reminders ahead of each notice period.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.registers.contracts-yearly-check',
      title: 'The whole contracts register is reviewed every year',
      question: 'Is the whole technology contracts register reviewed at least once a year?',
      hint: 'Ask the business manager when the register was last reviewed in full, and look for a note or date of that review.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Add a yearly review of the whole contracts register to the finance calendar, ahead of budget setting.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.registers.information-assets',
      title: 'A register of information held about staff and pupils',
      question: 'Do you keep an information asset register listing the personal data you hold about staff and pupils, where it is kept and who looks after it?',
      hint: 'Ask your data protection officer (DPO) to show the register; they own it and may keep it as part of their data protection work. It should list each system that holds personal data, what it holds and who is responsible for it.',
      expectation: 'SHOULD',
      timing: BEFORE_FINANCIAL_PLANNING,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask the data protection officer to share the information asset register, or to create one if none exists.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: DP_SCHOOLS,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.registers.information-updated',
      title: 'The information asset register is kept up to date',
      question: 'Is the information asset register updated whenever a new system or app starts holding staff or pupil data, or an old one is retired?',
      hint: 'Ask the DPO to show the register and check whether the most recently introduced apps or systems that hold pupil or staff data appear in it.',
      expectation: 'SHOULD',
      timing: ON_CHANGE,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Make telling the DPO part of bringing in or retiring any system that holds personal data, so the register can be updated.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: DP_SCHOOLS,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.registers.information-yearly-check',
      title: 'The whole information asset register is reviewed every year',
      question: 'Is the whole information asset register reviewed at least once a year?',
      hint: 'Ask the DPO when the register was last reviewed in full; it may be recorded in the DPO’s annual report to leaders or governors.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: "Add a yearly review of the information asset register to the DPO's plan of work.",
          owner: 'DPO',
          costBand: 'NONE',
          guidance: DP_SCHOOLS,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.registers.used-for-planning',
      title: 'Registers are used for financial planning',
      question: 'Does the digital lead review the registers before each financial planning cycle and use them to plan replacements and investment?',
      hint: 'Ask the digital lead or business manager whether the last budget used the registers to see which equipment is due for replacement and which contracts are up for renewal, and look for the list they produced.',
      expectation: 'SHOULD',
      timing: BEFORE_FINANCIAL_PLANNING,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Before budget setting, have the digital lead and business manager go through the registers and list replacements and renewals due.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },

    // Continuity: disaster recovery and business continuity
    {
      code: 'digital-leadership-and-governance.continuity.critical-systems',
      title: 'You know which technology and data are critical',
      question:
        'Have you identified the technology and data the school cannot run without, such as the MIS, safeguarding records, email and the internet connection?',
      hint: 'Ask the digital lead or business manager for the list of critical systems, often in the business continuity plan. Test it by asking: if this stopped working tomorrow, could the school still open and keep pupils safe? Anything where the answer is no is critical.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'List critical systems and data with IT support and the business manager, and note how long the school could cope without each.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.continuity.impact-understood',
      title: 'Leaders understand the impact of a technology disaster',
      question:
        'Do leaders understand what would happen to teaching, safeguarding and school running if a technology disaster, such as a cyber attack or fire, took systems out?',
      hint: 'Ask senior leaders to talk through a scenario, such as losing all systems for a week, and check the business continuity plan for what would happen. If nobody is sure, the impact is not yet understood.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Run a one-hour scenario discussion with senior leaders about losing key systems, and record what you learn.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.continuity.plans-cover-digital',
      title: 'Continuity and recovery plans cover technology',
      question: 'Do your disaster recovery and business continuity plans cover technology and data?',
      hint: 'Ask the business manager for the business continuity plan and look for a technology section. A disaster recovery plan (how systems and data are brought back after a failure) should say what counts as a disaster, who is in the recovery team and how the plan is tested.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add a technology section to the business continuity plan and write or update a disaster recovery plan with IT support.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.continuity.plans-reviewed',
      title: 'Continuity and recovery plans are kept up to date',
      question:
        'Have the disaster recovery and business continuity plans been reviewed in the last 12 months, and after any major change such as a new system or supplier?',
      hint: 'Ask the business manager or digital lead for the review date on the front of each plan, and compare it with recent changes such as a new MIS, broadband supplier or IT support company.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Put a yearly review of both plans in the school calendar, and add "update the plans" to the checklist for any major technology change.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.continuity.emergency-contacts',
      title: 'The recovery plan lists emergency contacts',
      question:
        "Does the disaster recovery plan list up-to-date contact details for the school's recovery team and for outside help such as IT support, suppliers and insurers?",
      hint: 'Check the plan for names and phone numbers, not just job titles, and that they still work. In a cyber attack, email may be unavailable.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add named internal and external contacts with phone numbers to the recovery plan, and check them each term.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.continuity.plans-shared',
      title: 'Staff and others know the plan',
      question: 'Have staff and other people who need it (such as governors and key suppliers) been given a summary of the disaster recovery plan?',
      hint: 'Ask a few staff whether they know what to do if systems go down. A short summary is enough for most staff.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Write a one-page summary of the recovery plan for staff and share it in the next staff briefing.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.continuity.tested-yearly',
      title: 'Plans are tested every year',
      question:
        'Have the disaster recovery and business continuity plans been tested in the last 12 months, for example with a practice exercise or a test restore?',
      hint: 'Ask for the date and notes from the last test. A plan that has never been tried often fails when it is needed.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Schedule a yearly test of the recovery plan with IT support, such as a desk-based exercise plus a test restore of key data, and record the results.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'digital-leadership-and-governance.continuity.plans-reachable',
      title: 'Plans can be reached in a disaster',
      question: 'Could you get hold of your recovery and continuity plans if school systems and buildings were unavailable?',
      hint: 'Ask the business manager where copies of the plans are kept. There should be a printed copy off site and a copy in secure cloud storage separate from your main systems: a plan saved only on the school server is lost with it.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Keep printed copies of the plans securely off site, and keep a copy in secure cloud storage outside the main school systems.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
  ],
} satisfies StandardInput;
