// Cyber security core standard (DfE's seven cyber standards). Texts are Waypoint's own words;
// facts and links come from DfE, with NCSC guidance for the how.
import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/cyber-security-core-standard`;
const PLAN_TECH_URL = 'https://www.plan-technology-for-your-school.education.gov.uk/';

// In-page anchors built from the seven headings of the 2026 cyber page (GOV.UK slug rules).
const RISK_PAGE = `${PAGE}#conduct-a-cyber-risk-assessment-annually-and-review-every-term`;
const AWARENESS_PAGE = `${PAGE}#create-and-implement-a-cyber-awareness-plan-for-students-and-staff`;
const FIREWALL_PAGE = `${PAGE}#secure-digital-technology-and-data-with-anti-malware-and-a-firewall`;
const ACCOUNTS_PAGE = `${PAGE}#control-and-secure-user-accounts-and-access-privileges`;
const UPDATES_PAGE = `${PAGE}#license-digital-technology-and-keep-it-up-to-date`;
const BACKUP_PAGE = `${PAGE}#develop-and-implement-a-plan-to-back-up-your-data-and-review-this-every-year`;
const REPORTING_PAGE = `${PAGE}#report-cyber-attacks`;

const STANDARD = { title: 'DfE: cyber security standard', url: PAGE };
const STANDARD_RISK = { title: 'DfE: cyber standard, risk assessment', url: RISK_PAGE };
const STANDARD_AWARENESS = { title: 'DfE: cyber standard, awareness and training', url: AWARENESS_PAGE };
const STANDARD_FIREWALL = { title: 'DfE: cyber standard, anti-malware and firewall', url: FIREWALL_PAGE };
const STANDARD_ACCOUNTS = { title: 'DfE: cyber standard, user accounts and access', url: ACCOUNTS_PAGE };
const STANDARD_UPDATES = { title: 'DfE: cyber standard, licensing and updates', url: UPDATES_PAGE };
const STANDARD_BACKUP = { title: 'DfE: cyber standard, backing up data', url: BACKUP_PAGE };
const STANDARD_REPORTING = { title: 'DfE: cyber standard, reporting cyber attacks', url: REPORTING_PAGE };
const PLAN_TECH = { title: 'DfE: Plan technology for your school', url: PLAN_TECH_URL };
const NCSC_SCHOOLS = { title: 'NCSC: cyber security for schools', url: 'https://www.ncsc.gov.uk/section/education-skills/cyber-security-schools' };
const NCSC_TEN_STEPS = { title: 'NCSC: 10 steps to cyber security', url: 'https://www.ncsc.gov.uk/collection/10-steps' };
const NCSC_PASSWORDS = { title: 'NCSC: password administration for system owners', url: 'https://www.ncsc.gov.uk/collection/passwords' };
const NCSC_MFA = {
  title: 'NCSC: multi-factor authentication for online services',
  url: 'https://www.ncsc.gov.uk/collection/mfa-for-your-corporate-online-services',
};
const NCSC_BACKUP = { title: 'NCSC: backing up your data', url: 'https://www.ncsc.gov.uk/collection/small-business-guide/backing-your-data' };
const NCSC_EXERCISE = { title: 'NCSC: Exercise in a Box', url: 'https://www.ncsc.gov.uk/section/exercise-in-a-box/overview' };
const RPA = {
  title: 'DfE: risk protection arrangement (RPA) membership rules',
  url: 'https://www.gov.uk/government/publications/risk-protection-arrangement-rpa-for-academy-trusts-membership-rules',
};
const ICO_BREACH = { title: 'ICO: report a personal data breach', url: 'https://ico.org.uk/for-organisations/report-a-breach/' };
const ICO_DOCUMENTATION = {
  title: 'ICO: documenting your processing activities',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/documentation/',
};
const REPORT_FRAUD = { title: 'Report Fraud: report fraud and cyber crime', url: 'https://www.reportfraud.police.uk/' };

const NOW = { kind: 'NOW', text: 'Expected already: the basics of keeping school systems and data safe' } as const;
const NOW_AND_PURCHASE = { kind: 'NOW', text: 'Expected already, and check again at every purchase or renewal, including cloud services' } as const;
const AS_SOON = { kind: 'AT_TRIGGER', text: 'As soon as possible if missing, then review every year' } as const;
const TERMLY = { kind: 'AT_TRIGGER', text: 'Every term, and after any major change or incident' } as const;
const YEARLY = { kind: 'AT_TRIGGER', text: 'Every year, and after any major change or incident' } as const;
const AT_PURCHASE = { kind: 'AT_TRIGGER', text: 'At every purchase or renewal, including cloud services' } as const;

export const cyberSecurity = {
  slug: 'cyber-security',
  title: 'Cyber security',
  summary:
    'Protecting pupils, staff and school data from attack: knowing your risks, a firewall and anti-malware that work, strong accounts, supported and patched software, backups you can restore, people who know what to look for and a plan for when something goes wrong.',
  core: true,
  layer: 1,
  timing: { kind: 'BY_DATE', date: '2030-12-31', text: 'Core standard: every school working towards it by 2030' },
  sourceUrl: PAGE,
  requirements: [
    // Risk assessment
    {
      code: 'cyber-security.risk.yearly-assessment',
      title: 'A cyber risk assessment done every year',
      question: 'Has the school carried out a cyber security risk assessment in the last 12 months?',
      hint: 'Ask the SLT digital lead or IT support for the latest cyber risk assessment and check the date on it. It should list what could go wrong (for example ransomware, a phishing email, a lost laptop). It should be redone after a major change to systems or an incident.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: RISK_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Book a session with IT support to list the main cyber risks, rate each for likelihood and impact, and record the result with a date for the next review.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD_RISK,
        },
      ],
    },
    {
      code: 'cyber-security.risk.team',
      title: 'The right people take part in the risk assessment',
      question:
        'Does the risk assessment involve the SLT digital lead, IT support (including any trust IT lead) and the data protection officer, rather than one person alone?',
      hint: 'Look at who is named on the risk assessment or in the notes of the meeting where it was agreed. Cyber risk touches teaching, finance, data and safeguarding, and one person working alone tends to miss risks outside their own area.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Name a small cyber risk group (SLT digital lead, IT support, DPO, business manager) and invite them to the next risk assessment.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'cyber-security.risk.likelihood-impact',
      title: 'Each risk rated for likelihood and impact, with past incidents considered',
      question:
        'Does the risk assessment rate each risk for how likely it is and how much harm it would cause, taking account of past incidents and risky behaviours you know about?',
      hint: 'Open the risk assessment: each risk should have a likelihood score and an impact score. Ask IT support whether they checked the incident log first. Past incidents and near misses (a shared password, a clicked phishing link) show where the real risks are.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: RISK_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add likelihood and impact scores to each cyber risk, and check the incident log for anything that should raise a score.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_TEN_STEPS,
        },
      ],
    },
    {
      code: 'cyber-security.risk.termly-review',
      title: 'Cyber risks reviewed every term',
      question: 'Are the cyber risks looked at again every term to check they are still right and that agreed actions happened?',
      hint: 'Check SLT meeting minutes for the last three terms for a cyber risk item, or ask the SLT digital lead when the risks were last reviewed. If the last review was more than a term ago, the answer is no.',
      expectation: 'SHOULD',
      timing: TERMLY,
      sourceUrl: RISK_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Put a standing cyber risk item on one SLT meeting each term, with IT support reporting changes since the last review.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD_RISK,
        },
      ],
    },
    {
      code: 'cyber-security.risk.risk-register',
      title: 'Cyber risks are in the school or trust risk register',
      question: 'Are the most serious cyber risks recorded in the school or trust risk register alongside other risks?',
      hint: 'Ask the business manager to show you the school or trust risk register and look for cyber entries. Keeping cyber risk in the main register means governors and trustees see it, rather than it living in an IT document nobody reads.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: RISK_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Copy the highest cyber risks into the school or trust risk register with an owner and planned actions.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD_RISK,
        },
      ],
    },
    {
      code: 'cyber-security.risk.continuity-plan',
      title: 'The business continuity plan covers a cyber attack',
      question: 'Does your business continuity plan say how the school would keep running after a cyber attack?',
      hint: 'Ask the business manager for the business continuity plan and look for a cyber section. Think about a day with no email, no MIS and no shared drives: the plan should say how you would take registers, contact parents and run exams.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: RISK_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add a cyber attack scenario to the business continuity plan, covering registers, contacting parents, safeguarding records and exams.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD_RISK,
        },
      ],
    },
    {
      code: 'cyber-security.risk.continuity-plan-tested',
      title: 'The cyber part of the continuity plan has been tested',
      question: 'Has the cyber attack part of the business continuity plan been tested, for example in a tabletop exercise, with the result written down?',
      hint: 'Ask the SLT digital lead when the plan was last tried out and to see the notes. A tabletop exercise is a meeting where leaders talk through a made-up attack step by step and note what did not work.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: RISK_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Run a short tabletop exercise with SLT using a free NCSC scenario, write down what went wrong and update the plan.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: NCSC_EXERCISE,
        },
      ],
    },
    {
      code: 'cyber-security.risk.processing-record',
      title: 'The record of processing covers digital systems',
      question: 'Does the school’s record of processing activities, kept with the DPO, include the digital systems that hold personal data?',
      hint: 'Ask the DPO for the record of processing (often called the ROPA): the list of what personal data you hold, where and why. Check it names systems such as the MIS, cloud storage and the apps used with pupils.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: RISK_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask the DPO and IT support to check the record of processing against the list of systems and apps actually in use, and add anything missing.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: ICO_DOCUMENTATION,
        },
      ],
    },
    {
      code: 'cyber-security.risk.network-documentation',
      title: 'The network is documented and kept up to date',
      question: 'Does IT support keep up-to-date network documentation (diagrams, settings, IP addresses, changes and how much is logged)?',
      hint: 'Ask IT support to show you the network diagram and the change log, and check when each was last updated. IP addresses are the numbers each device uses on the network. Logging means keeping a record of who did what on systems.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: RISK_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to bring network documentation up to date and agree with you what is logged and for how long.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: STANDARD_RISK,
        },
      ],
    },
    {
      code: 'cyber-security.risk.documents-offline-copy',
      title: 'Key documents are kept outside the school network',
      question:
        'Are copies of the network documentation and the business continuity plan kept outside the school network, for example on paper or in separate secure cloud storage?',
      hint: 'Ask IT support and the business manager where the spare copies are and try to find them. If the network is down or locked by ransomware, documents stored only on it are lost just when you need them.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: RISK_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Print the continuity plan and key network documents, store them securely off the network, and update the copies after each review.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD_RISK,
        },
      ],
    },
    {
      code: 'cyber-security.risk.insurance',
      title: 'Insurance covers cyber incidents',
      question: 'Does the school’s insurance (commercial, or DfE’s risk protection arrangement) cover cyber incidents?',
      hint: 'Ask the business manager which insurance the school has and look for a cyber section in the policy, or in the RPA rules if you are an RPA member. DfE recommends having cover; the RPA is one option instead of commercial insurance.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: RISK_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Check with the business manager whether current cover includes cyber incidents, and get quotes or compare the RPA if it does not.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: RPA,
        },
      ],
    },
    {
      code: 'cyber-security.risk.insurance-conditions',
      title: 'The school meets its insurance’s cyber conditions',
      question: 'Does the school meet every condition its insurer or the RPA sets for a cyber claim to be paid?',
      hint: 'Ask the business manager for the list of cyber conditions in the policy or RPA rules and tick each one off with IT support. Conditions often include offline backups and staff training; check the current wording, as it changes.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Read the cyber section of the insurance policy or RPA rules with the business manager, list its conditions and check each one is in place.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: RPA,
        },
      ],
    },

    // Awareness and training
    {
      code: 'cyber-security.awareness.acceptable-use',
      title: 'Everyone with access has signed an acceptable use policy',
      question: 'Has everyone who can use the school network or data (staff, pupils, governors, supply staff and guests) agreed to an acceptable use policy?',
      hint: 'An acceptable use policy sets the rules for using school computers, Wi-Fi and data. Ask the SLT digital lead for the record of who has signed it and check it includes supply staff and guests using the Wi-Fi, not just permanent staff.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: AWARENESS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Check that the acceptable use policy covers every group, add it to induction for supply staff and guests, and keep a record of who has agreed.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD_AWARENESS,
        },
      ],
    },
    {
      code: 'cyber-security.awareness.acceptable-use-review',
      title: 'The acceptable use policy is reviewed every year',
      question: 'Has the acceptable use policy been reviewed in the last 12 months?',
      hint: 'Look at the review date on the front of the acceptable use policy, or in the governors’ policy schedule. No review in the last 12 months means the answer is no.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Review the acceptable use policy with IT support and the DSL, covering new tools such as generative AI, and take it to governors.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'cyber-security.awareness.plan',
      title: 'A cyber awareness plan for staff and pupils',
      question: 'Does the school have a written plan for raising cyber awareness among staff and pupils?',
      hint: 'Ask the SLT digital lead for the plan. It should say who learns what and when: induction, yearly refreshers, reminders after incidents and lessons for pupils.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: AWARENESS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Write a one-page cyber awareness plan for the year: induction, a yearly refresher, termly reminders and pupil lessons, with dates.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: NCSC_SCHOOLS,
        },
      ],
    },
    {
      code: 'cyber-security.awareness.plan-review',
      title: 'The cyber awareness plan is reviewed every year',
      question: 'Has the cyber awareness plan been reviewed in the last 12 months?',
      hint: 'Check the date of the last review on the plan itself, or ask the SLT digital lead when it was last updated. No review in the last 12 months, or no plan, means the answer is no.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Review the awareness plan each summer term, using the incident and near-miss log to decide what to focus on next year.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'cyber-security.awareness.staff-training',
      title: 'Staff trained in cyber security at least once a year',
      question:
        'Have all staff had cyber security training in the last 12 months (phishing, passwords, device security, reporting incidents and data protection)?',
      hint: 'Ask the business manager or SLT digital lead for the training record or completion certificates, and compare it with the staff list. NCSC’s cyber training for school staff is free. Schools in the RPA must be able to show staff completed it to claim for a cyber incident.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: AWARENESS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask all staff to complete NCSC’s free “Cyber security training for school staff” this term (find it from NCSC’s schools pages), and keep a record of completion.',
          owner: 'ALL_STAFF',
          costBand: 'NONE',
          guidance: NCSC_SCHOOLS,
        },
      ],
    },
    {
      code: 'cyber-security.awareness.other-logins-training',
      title: 'Supply, agency and other login holders are trained',
      question:
        'Has everyone else with a school login, such as supply teachers, agency workers, volunteers and contractors, had cyber security training in the last 12 months?',
      hint: 'Ask IT support for a list of accounts that belong to people who are not permanent staff, then ask the business manager for their training records. These people are easy to miss, but their logins open the same doors.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: AWARENESS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Make the NCSC school staff training part of issuing any login to supply, agency or volunteer staff, or ask agencies for proof their staff have done it.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD_AWARENESS,
        },
      ],
    },
    {
      code: 'cyber-security.awareness.rpa-training-evidence',
      title: 'RPA members keep evidence of yearly NCSC training',
      question:
        'If the school is in DfE’s risk protection arrangement, can it show that staff with access to its systems completed NCSC cyber training in the last year?',
      hint: 'Ask the business manager to show you where the completion certificates are kept and check a few names against the staff list. Answer not applicable if the school has commercial insurance instead of the RPA; check your own policy’s conditions in that case.',
      expectation: 'MUST',
      timing: YEARLY,
      sourceUrl: AWARENESS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Collect the NCSC training certificates each year and store them, including a copy off the network, where the business manager can find them for a claim.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: RPA,
        },
      ],
    },
    {
      code: 'cyber-security.awareness.governor-training',
      title: 'At least one governor or trustee trained',
      question: 'Has at least one governor or trustee had cyber security training in the last 12 months?',
      hint: 'Ask the clerk to the governors for the board’s training record, or ask the governor linked to digital or safeguarding when they last did cyber training.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: AWARENESS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask the governor linked to digital or safeguarding to complete the NCSC school staff training and report back to the board.',
          owner: 'GOVERNORS',
          costBand: 'NONE',
          guidance: NCSC_SCHOOLS,
        },
      ],
    },
    {
      code: 'cyber-security.awareness.pupil-education',
      title: 'Pupils learn how to stay safe online',
      question: 'Do pupils learn, at least once a year, about passwords, phishing, scams and looking after their devices and accounts?',
      hint: 'Ask the computing lead and the PSHE lead to show where these topics appear in their schemes of work for each year group. Phishing means fake messages that try to trick you into clicking a link or giving away a password.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: AWARENESS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Map where cyber safety is taught in computing and PSHE and fill gaps for any year group that misses it.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: NCSC_SCHOOLS,
        },
      ],
    },

    // Firewall and anti-malware
    {
      code: 'cyber-security.firewall.in-place',
      title: 'A firewall protects the school network',
      question:
        'Is the school network protected from the internet by a properly set-up firewall, either a boundary firewall or a software firewall on each device?',
      hint: 'A firewall decides what traffic may pass between the internet and school devices. A boundary firewall sits where the internet line enters the school; your broadband or IT provider may supply it. Ask IT support which one you have and whether it also protects against denial-of-service attacks (floods of traffic meant to knock you offline).',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: FIREWALL_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to name the firewall that protects the network, who manages it, and whether it includes denial-of-service protection.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_FIREWALL,
        },
        {
          action: 'If there is no suitable firewall, get quotes from your broadband or IT provider for a managed boundary firewall and budget for it.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
        },
      ],
    },
    {
      code: 'cyber-security.firewall.off-site-devices',
      title: 'Devices used off site have their own firewall on',
      question: 'Do school laptops and other devices that are used away from the school have a software firewall switched on?',
      hint: 'Away from school, a laptop is not behind the school’s boundary firewall. Ask IT support to show you, from their device management screen, that the built-in firewall is switched on for every device that leaves the site.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: FIREWALL_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask IT support to switch on and lock the built-in firewall on all school laptops through their management tool, and report any they cannot reach.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_FIREWALL,
        },
      ],
    },
    {
      code: 'cyber-security.firewall.suits-school',
      title: 'A written record of why the firewall fits the school',
      question:
        'When the firewall was chosen or last renewed, did IT support write down how it fits the school: number of sites, remote access, broadband speed and pupils’ risks?',
      hint: 'Ask IT support or the business manager for the note or quote comparison made when the firewall was bought or renewed. If nothing was written down, or it does not cover these points, the answer is no. A school with several sites or a lot of remote access needs more than a small primary on one site.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action:
            'Ask IT support for a one-page note on how the current firewall fits the school’s sites, remote access, broadband speed and pupils, and file it with the contract.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'cyber-security.firewall.hardened',
      title: 'The firewall’s default admin password has been changed',
      question: 'Has the default administrator password on the firewall been changed?',
      hint: 'Firewalls arrive with a maker’s password that is often published online. Ask IT support to confirm in writing that it was changed when the firewall was set up, and who holds the new one.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: FIREWALL_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask IT support to confirm the default firewall password is changed, and that the new one is stored securely where SLT can get it in an emergency.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_FIREWALL,
        },
      ],
    },
    {
      code: 'cyber-security.firewall.remote-admin',
      title: 'Remote access to the firewall settings is restricted',
      question: 'Can only the people who need it change the firewall’s settings from outside the school?',
      hint: 'Ask IT support who can log in to the firewall’s settings from off site, and to show you the list. It should be a few named IT staff or your provider, not anyone who knows the password.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: FIREWALL_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to limit remote firewall administration to named people and addresses, and to remove anyone who no longer needs it.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_FIREWALL,
        },
      ],
    },
    {
      code: 'cyber-security.firewall.admin-mfa',
      title: 'Multi-factor sign-in protects the firewall’s settings',
      question: 'Does signing in to the firewall’s settings need multi-factor sign-in, where the firewall supports it?',
      hint: 'Multi-factor sign-in asks for something extra besides the password, such as a code from a phone app. Ask IT support whether the firewall supports it and whether it is switched on. If the firewall cannot do it, note that and answer for what is possible.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: FIREWALL_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to switch on multi-factor sign-in for the firewall’s admin page, or to record that the model does not support it.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_MFA,
        },
      ],
    },
    {
      code: 'cyber-security.firewall.inbound-rules',
      title: 'The firewall stops outsiders connecting in by default',
      question:
        'Does the firewall stop anyone on the internet from starting a connection into the school network, unless IT support has deliberately made an exception?',
      hint: 'Most traffic should only flow in as a reply to something a school device asked for. Ask IT support whether the firewall’s starting rule for incoming traffic is “block everything”, and how many exceptions there are. They are sometimes called inbound rules or open ports.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: FIREWALL_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to confirm the firewall blocks incoming connections by default, and to close any exceptions nobody can explain.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_FIREWALL,
        },
      ],
    },
    {
      code: 'cyber-security.firewall.rules-signed-off',
      title: 'Every way in through the firewall is written down and signed off',
      question:
        'Is every exception that lets internet traffic into the school network written down with its reason, kept to a minimum and signed off by the SLT digital lead?',
      hint: 'Ask IT support for the list of inbound firewall exceptions: each should say what it is for (for example remote access to the MIS), who asked for it and when the SLT digital lead agreed it. DfE expects the list to be reviewed at least every term.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: FIREWALL_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask IT support for the list of inbound firewall exceptions with the reason for each, remove any that are no longer needed, and sign off the rest.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD_FIREWALL,
        },
      ],
    },
    {
      code: 'cyber-security.firewall.termly-check',
      title: 'Firewall checked every term',
      question: 'Does IT support check the firewall every term: firmware up to date, rules still needed, alerts working and blocked-traffic logs reviewed?',
      hint: 'Firmware is the software built into the firewall itself. Ask IT support for their last termly firewall check report and its date. If there is no written record from this term or last, the answer is no.',
      expectation: 'SHOULD',
      timing: TERMLY,
      sourceUrl: FIREWALL_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add a termly firewall check to IT support’s schedule and ask for a two-line report to the SLT digital lead each time.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_FIREWALL,
        },
      ],
    },
    {
      code: 'cyber-security.malware.every-device',
      title: 'Anti-malware on every device',
      question:
        'Does every school device (including staff laptops and servers) run anti-malware that scans files, web pages and email attachments, blocks harmful sites and alerts IT support?',
      hint: 'Anti-malware (including anti-virus) finds and stops harmful software. Ask IT support for a report from their central anti-malware console listing every device, and compare the count with the asset register. Any device missing or out of date means the answer is no.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: FIREWALL_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support for a report from the anti-malware console showing every device is protected and updating; fix any gaps straight away.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_FIREWALL,
        },
        {
          action: 'If some devices are not covered, buy enough licences for a centrally managed anti-malware product to cover every device.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'cyber-security.malware.termly-review',
      title: 'Anti-malware reviewed every term',
      question: 'Does IT support review the anti-malware every term to check it covers all devices and that alerts are acted on?',
      hint: 'Ask IT support for the last termly review: how many devices were covered, how many alerts there were and what was done about each. No record from this term or last means the answer is no.',
      expectation: 'SHOULD',
      timing: TERMLY,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Add a termly anti-malware review to IT support’s schedule, covering device coverage, alerts raised and what was done about them.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: PLAN_TECH,
        },
      ],
    },
    {
      code: 'cyber-security.malware.removable-media',
      title: 'USB storage and other external devices are controlled',
      question: 'Is USB storage blocked by default, with a written policy for the exceptions (such as exam board media) and scanning before use?',
      hint: 'Try a USB memory stick in a staff computer: it should be refused. Ask IT support for the written exceptions policy. It should also cover cameras, printers and other devices that plug into school computers or the network.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: FIREWALL_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Agree an external devices policy, then ask IT support to block USB storage by default and set up a scanned route for exceptions.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_FIREWALL,
        },
      ],
    },

    // Accounts and passwords
    {
      code: 'cyber-security.accounts.unique-passwords',
      title: 'Everyone has their own account',
      question: 'Does everyone sign in with their own personal account, with no shared class, office or department logins?',
      hint: 'Ask IT support for a list of shared or generic accounts (for example “office” or “class3”). Shared logins make it impossible to know who did what, and a leaked shared password cannot be traced.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: ACCOUNTS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to replace any shared logins with personal accounts, starting with accounts that can reach personal data or finance.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_PASSWORDS,
        },
      ],
    },
    {
      code: 'cyber-security.accounts.password-strength',
      title: 'Systems enforce strong passwords',
      question: 'Do school systems refuse weak passwords, so that password strength is enforced by the system rather than left to each person?',
      hint: 'Ask IT support to show you the password settings in the main sign-in system (for example Microsoft 365 or Google Workspace), or try setting a very short password yourself and see whether it is refused.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: ACCOUNTS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to switch on password strength rules, and blocking of common passwords, in every system that offers them.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_PASSWORDS,
        },
      ],
    },
    {
      code: 'cyber-security.accounts.guess-limits',
      title: 'Password guessing is limited',
      question:
        'Is password guessing limited on school systems and devices, to no more than 10 guesses in 5 minutes or a lock after no more than 10 failed attempts?',
      hint: 'Ask IT support to show you the lockout or throttling setting (how many wrong passwords are allowed before the account or device is locked or slowed down) for sign-in and for devices.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: ACCOUNTS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to set lockout or throttling on all sign-in systems and devices to the DfE limits, and report any that cannot do it.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_PASSWORDS,
        },
      ],
    },
    {
      code: 'cyber-security.accounts.password-policy',
      title: 'A password policy, reviewed every year',
      question: 'Does the school have a written password policy, reviewed in the last 12 months?',
      hint: 'Ask the SLT digital lead for the password policy and check its review date. It is often part of the acceptable use or data security policy. No policy, or no review in the last 12 months, means the answer is no.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action:
            'Write or refresh a short password policy based on NCSC advice (long passphrases, no forced regular changes, password managers) and share it with staff.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: NCSC_PASSWORDS,
        },
      ],
    },
    {
      code: 'cyber-security.accounts.mfa',
      title: 'Multi-factor sign-in for staff cloud, remote and admin accounts',
      question:
        'Do all staff accounts that can reach school systems from outside the building or in the cloud, and all IT admin accounts, use multi-factor sign-in?',
      hint: 'Multi-factor sign-in asks for something extra besides the password, such as an app prompt or code. Microsoft 365 and Google Workspace both include it. Ask IT support for a report from the admin console of accounts without it; any staff or admin account on the list means the answer is no.',
      expectation: 'MUST',
      timing: { kind: 'NOW', text: 'Expected already; if not, roll out on a planned timetable as soon as possible' },
      sourceUrl: ACCOUNTS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Turn on multi-factor sign-in for IT admin accounts first, then for staff, with a short guide and a help session.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_MFA,
        },
        {
          action: 'Budget for security keys or extra licences for staff who cannot use a phone app, if your systems need them.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'cyber-security.accounts.mfa-review',
      title: 'Multi-factor sign-in reviewed every year',
      question: 'Has the use of multi-factor sign-in been reviewed in the last 12 months, checking it covers every account that should have it?',
      hint: 'Ask IT support when they last ran a report of accounts without multi-factor sign-in, and to show you it. Check new systems bought in the year were included, not just email.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Ask IT support for a yearly report of accounts without multi-factor sign-in, and decide for each whether to add it.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_MFA,
        },
        {
          action: 'Where the review finds systems that cannot do multi-factor sign-in without an upgrade, add the cost to next year’s budget.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'cyber-security.accounts.least-privilege',
      title: 'People have only the access they need',
      question: 'Do people get only the access to systems and data that their job needs, and no more?',
      hint: 'Ask IT support for a list of everyone with administrator, finance or MIS-wide access and check each one with the business manager. Access left over from an old role counts as more than needed.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: ACCOUNTS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list everyone with admin, finance or wide MIS access, and remove what each person does not need for their job.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_TEN_STEPS,
        },
      ],
    },
    {
      code: 'cyber-security.accounts.access-approval',
      title: 'A senior leader approves changes to access',
      question: 'Does a member of SLT or a trustee approve each change to someone’s access level before IT support makes it?',
      hint: 'Ask IT support how a request for extra access reaches them, and to show you the last few approvals in their request log. An email from the person themselves is not an approval.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: ACCOUNTS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Agree a simple approval step: IT support changes access only after a named SLT member or trustee approves it, and records the approval.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD_ACCOUNTS,
        },
      ],
    },
    {
      code: 'cyber-security.accounts.admin-separate',
      title: 'Admin accounts are separate and used only when needed',
      question:
        'Do IT staff use a separate administrator account only for admin tasks, with an everyday account for email and browsing, and does SLT hold an emergency admin account?',
      hint: 'Ask IT support whether their everyday login has administrator rights. It should not: a phishing click on an admin account is far more dangerous. Also ask where the emergency admin account details are kept for SLT.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: ACCOUNTS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to set up separate admin accounts for IT staff and one sealed emergency admin account controlled by SLT.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_TEN_STEPS,
        },
      ],
    },
    {
      code: 'cyber-security.accounts.leavers-and-review',
      title: 'Leavers’ accounts are closed straight away',
      question: 'Are accounts disabled as soon as someone leaves, on or before their last day?',
      hint: 'Ask IT support for the date they disabled the account of the last person who left, and compare it with the leaving date from HR or the business manager.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: ACCOUNTS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Link the HR leavers list to IT support so accounts close on the last day, including supply staff and governors.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD_ACCOUNTS,
        },
      ],
    },
    {
      code: 'cyber-security.accounts.termly-review',
      title: 'Accounts and permissions reviewed every term',
      question: 'Are all accounts and permissions reviewed each term with the business team, so that unused or unneeded ones are removed?',
      hint: 'Ask IT support and the business manager for the date and notes of the last account review. It should list accounts removed or changed. No review this term or last means the answer is no.',
      expectation: 'SHOULD',
      timing: TERMLY,
      sourceUrl: ACCOUNTS_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Run a termly account review with IT support and the business manager, and remove accounts that have not been used for a term.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD_ACCOUNTS,
        },
      ],
    },

    // Licensing and updates
    {
      code: 'cyber-security.updates.licensed',
      title: 'All software and services are licensed',
      question: 'Is every piece of software and every online service the school uses properly licensed?',
      hint: 'Ask IT support to compare what is installed and in use with the licences the business manager holds. Anything unlicensed must be licensed or removed. Check the licence at every purchase or renewal too.',
      expectation: 'MUST',
      timing: NOW_AND_PURCHASE,
      sourceUrl: UPDATES_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to compare installed software and services with the licences held, then license or remove anything that is not covered.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_UPDATES,
        },
        {
          action: 'Budget for licences for any software the school still needs that turned out to be unlicensed.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'cyber-security.updates.licence-record',
      title: 'Licence expiry dates are in the contracts register',
      question: 'Does the contracts register record every software licence with its expiry date?',
      hint: 'Ask the business manager to show you the contracts register and pick three pieces of software you know the school uses: each should be there with an expiry date.',
      expectation: 'SHOULD',
      timing: NOW_AND_PURCHASE,
      sourceUrl: UPDATES_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support and the business manager to add every licence and its expiry date to the contracts register, and update it at each purchase.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: STANDARD_UPDATES,
        },
      ],
    },
    {
      code: 'cyber-security.updates.supported',
      title: 'Software, firmware and hardware still supported',
      question: 'Is all software, firmware and hardware the school uses still supported by its maker with security updates?',
      hint: 'Firmware is the software built into devices such as switches and printers. Ask IT support for a list of anything past its end-of-support date, for example an old Windows version or a switch the maker no longer updates. Unsupported kit no longer gets security fixes.',
      expectation: 'SHOULD',
      timing: NOW_AND_PURCHASE,
      sourceUrl: UPDATES_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list anything unsupported, cut it off from the network or replace it, and check support dates before every purchase.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_UPDATES,
        },
        {
          action: 'Plan and budget replacements for unsupported systems in the next financial year.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
        },
      ],
    },
    {
      code: 'cyber-security.updates.end-of-support-dates',
      title: 'End-of-support dates are in the asset register',
      question: 'Does the asset register record the end-of-support date for each device’s operating system and other key technology?',
      hint: 'Ask the SLT digital lead or IT support to show you the asset register and look for an end-of-support column. DfE expects the termly contracts review to use these dates to warn SLT before anything goes out of support.',
      expectation: 'SHOULD',
      timing: NOW_AND_PURCHASE,
      sourceUrl: UPDATES_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add end-of-support dates to the asset register, and ask IT support to flag anything due to go out of support at each termly review.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_UPDATES,
        },
      ],
    },
    {
      code: 'cyber-security.updates.critical-patches',
      title: 'Serious security updates installed within 14 days',
      question:
        'Are security updates that the maker rates critical or high (or that are unrated) installed within 14 days of release on all systems and devices?',
      hint: 'Ask IT support for their patch report showing devices more than 14 days behind. “Critical or high” includes any fix with a CVSS score (an industry risk score out of 10) of 7.0 or more. Devices that cannot be updated should be cut off from the network, and DfE security instructions acted on within 5 working days.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: UPDATES_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to switch on automatic updates where possible and to report each month on any device more than 14 days behind.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_TEN_STEPS,
        },
      ],
    },

    // Backup
    {
      code: 'cyber-security.backup.off-site',
      title: 'At least one backup copy kept off site',
      question:
        'Is at least one backup copy of the school’s important data kept off site, away from the school network, for example with a separate cloud backup service?',
      hint: 'Ask IT support where each backup copy is kept and whether any is both off site and disconnected from the school network. This is a must: ransomware can lock backups that stay connected. A copy in the same building is not off site.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: BACKUP_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to confirm where the off-site backup lives and what it covers; arrange one straight away if there is none.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_BACKUP,
        },
        {
          action: 'If there is no off-site backup, buy a separate cloud backup service or off-site backup from your IT provider.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
        },
      ],
    },
    {
      code: 'cyber-security.backup.immutable',
      title: 'Backups cannot be changed once made',
      question:
        'Are the school’s backups immutable, meaning that nobody, including an attacker with admin rights, can change or delete them once they are made?',
      hint: 'Ask IT support whether the backup system has an immutability or locked-retention setting switched on, and for how many days. This is separate from being off site: an off-site copy that can be deleted remotely is not immutable.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: BACKUP_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to switch on immutable or locked retention for the backups, or to quote for a backup service that offers it.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: STANDARD_BACKUP,
        },
      ],
    },
    {
      code: 'cyber-security.backup.three-two-one',
      title: 'Backups follow the 3-2-1 rule',
      question: 'Do backups follow the 3-2-1 rule: at least three copies of important data, on at least two separate devices, with at least one off site?',
      hint: 'Ask IT support for a backup map showing, for each important system, how many copies exist, on which devices and where. Count them against 3-2-1.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: BACKUP_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support for a backup map showing each system, its copies and where they are, and close any gaps against 3-2-1.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: NCSC_BACKUP,
        },
      ],
    },
    {
      code: 'cyber-security.backup.cloud-data',
      title: 'Cloud data is included in backups',
      question: 'Do the school’s backups include data held in cloud services, such as email, shared drives and cloud-based school systems?',
      hint: 'Cloud services are not automatically backed up for as long as you may need; some keep deleted data for only a short time. Ask IT support which cloud services are backed up, where to and for how long.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: BACKUP_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action:
            'Ask IT support to list every cloud service holding school data and confirm each one is in the backup plan, buying a cloud backup tool if needed.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: NCSC_BACKUP,
        },
      ],
    },
    {
      code: 'cyber-security.backup.physical-copies',
      title: 'Physical backups are encrypted and never taken home',
      question: 'Are any physical backups taken off site (such as disks or tapes) encrypted, stored somewhere secure and never kept at anyone’s home?',
      hint: 'Ask IT support whether any backup drives or tapes leave the building, where they go and whether they are encrypted. If no physical backups leave the site, answer yes. A drive kept at a staff member’s home means the answer is no, even if encrypted.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: BACKUP_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Stop any backups going to staff homes, encrypt all removable backup media and agree a secure off-site store, or move to a cloud backup.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_BACKUP,
        },
      ],
    },
    {
      code: 'cyber-security.backup.restore-tested',
      title: 'Restores tested every term',
      question: 'Does IT support test restoring data from backup every term (and after major changes), and record the result?',
      hint: 'Ask IT support to show you the restore test log: each entry should have a date, what was restored and whether it worked. A backup that has never been restored is a hope, not a plan.',
      expectation: 'SHOULD',
      timing: TERMLY,
      sourceUrl: BACKUP_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Schedule a termly test restore of a sample of files and the MIS, and keep a log of the date, what was restored and how long it took.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_BACKUP,
        },
      ],
    },
    {
      code: 'cyber-security.backup.recovery-plan',
      title: 'A backup and recovery plan, reviewed every year',
      question: 'Is there a written plan for recovering systems and data from backup, reviewed in the last 12 months?',
      hint: 'Ask IT support for the backup and recovery plan and check its review date. It should say what is restored first (for example safeguarding records and the MIS), who does it and how long it should take.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: BACKUP_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to write or update the recovery plan with restore priorities and expected times, and share it with SLT.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_BACKUP,
        },
      ],
    },

    // Reporting and response
    {
      code: 'cyber-security.response.plan',
      title: 'A cyber incident response plan',
      question: 'Does the school (or its trust) have a cyber incident response plan that says who does what in an attack?',
      hint: 'Ask the SLT digital lead for the response plan and check it names people, their roles and first steps, with contact details. Check there is a paper copy too, as the network may be down when you need it.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: REPORTING_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Write a response plan with contact details, first steps and decision makers, keep a paper copy, and rehearse it once a year.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD_REPORTING,
        },
      ],
    },
    {
      code: 'cyber-security.response.plan-review',
      title: 'The response plan is reviewed every year',
      question: 'Has the cyber incident response plan been reviewed in the last 12 months?',
      hint: 'Check the review date on the plan, and whether its contact names and numbers are still right. No review in the last 12 months, or no plan, means the answer is no.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action: 'Review the response plan each year, update contacts, and test it with a short NCSC exercise.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: NCSC_EXERCISE,
        },
      ],
    },
    {
      code: 'cyber-security.response.internal-reporting',
      title: 'Everyone knows how to report an incident inside the school',
      question: 'Do all staff and pupils know to report suspected cyber incidents and near misses to IT support and the SLT digital lead?',
      hint: 'Ask three members of staff and a few pupils what they would do if they clicked a suspicious link. If they do not know who to tell, the answer is no.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: REPORTING_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Publish a simple "spotted something odd?" reporting route for staff and pupils, and repeat it in staff briefings and assemblies.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD_REPORTING,
        },
      ],
    },
    {
      code: 'cyber-security.response.incident-log',
      title: 'Incidents and near misses are logged',
      question: 'Are all cyber incidents and near misses recorded in an incident log?',
      hint: 'Ask IT support or the SLT digital lead to show you the incident log. Near misses, such as a phishing email that nearly worked, belong in it too: they show where training is needed. An empty log in a busy school usually means things are not being recorded.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: REPORTING_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Start an incident and near-miss log with date, what happened, who was affected and what was done, kept by IT support and seen by SLT.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: STANDARD_REPORTING,
        },
      ],
    },
    {
      code: 'cyber-security.response.external-reporting',
      title: 'Key staff know who to tell outside the school',
      question:
        'Do IT support, SLT and the DPO know who to report a serious incident to outside the school: your insurer or the RPA, Report Fraud, DfE’s sector cyber team, NCSC and, for colleges, Jisc?',
      hint: 'Ask to see the external contacts page of the response plan. It should list: insurer or RPA; Report Fraud on 0300 123 2040; DfE’s sector cyber team at Sector.Incidentreporting@education.gov.uk; NCSC for long or multi-school closures or serious financial harm; Jisc for further education colleges.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: REPORTING_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add an external contacts page to the response plan with each body, when to contact it and how, and keep a paper copy with the plan.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: REPORT_FRAUD,
        },
      ],
    },
    {
      code: 'cyber-security.response.ico-reporting',
      title: 'The DPO can report a data breach to the ICO within 72 hours',
      question:
        'Does the DPO know that a personal data breach likely to put people at risk must be reported to the ICO within 72 hours of the school finding out, and how to do it?',
      hint: 'Ask the DPO how they would report a breach found on a Friday afternoon, and who covers when they are away. The 72 hours include weekends and holidays. The ICO is the UK data protection regulator.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: REPORTING_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Add the ICO reporting steps and a named deputy for the DPO to the response plan, so a breach can be reported within 72 hours at any time.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: ICO_BREACH,
        },
      ],
    },
    {
      code: 'cyber-security.response.governors-informed',
      title: 'Governors are told about serious incidents',
      question: 'Are governors or trustees told about significant cyber incidents when they happen?',
      hint: 'Ask the chair of governors or the clerk when the board was last told about a cyber incident, and check the response plan says who tells them and when.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: REPORTING_PAGE,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Agree with the chair which kinds of cyber incident are reported to governors straight away, and add this to the response plan.',
          owner: 'HEADTEACHER',
          costBand: 'NONE',
          guidance: STANDARD_REPORTING,
        },
      ],
    },
    {
      code: 'cyber-security.response.governors-yearly-summary',
      title: 'Governors get a yearly summary of incidents',
      question: 'Do governors or trustees receive a summary of all cyber incidents and near misses each year?',
      hint: 'Look in the headteacher’s reports to governors for the last year for a cyber incident summary. This yearly summary is Waypoint’s good-practice suggestion; DfE asks only that governors are told about incidents.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PAGE,
      source: 'GOOD_PRACTICE',
      nextSteps: [
        {
          action: 'Add a yearly cyber incident and near-miss summary, drawn from the incident log, to the headteacher’s report to governors.',
          owner: 'HEADTEACHER',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
  ],
} satisfies StandardInput;
