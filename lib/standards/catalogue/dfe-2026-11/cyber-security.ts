// Cyber security core standard (DfE's seven cyber standards). Texts are Waypoint's own words;
// facts and links come from DfE, with NCSC guidance for the how.
import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/cyber-security-core-standard`;

const STANDARD = { title: 'DfE: cyber security standard', url: PAGE };
const NCSC_SCHOOLS = { title: 'NCSC: cyber security for schools', url: 'https://www.ncsc.gov.uk/section/education-skills/cyber-security-schools' };
const NCSC_TRAINING = {
  title: 'NCSC: free cyber security training for school staff',
  url: 'https://www.ncsc.gov.uk/information/cyber-security-training-schools',
};
const NCSC_TEN_STEPS = { title: 'NCSC: 10 steps to cyber security', url: 'https://www.ncsc.gov.uk/collection/10-steps' };
const NCSC_PASSWORDS = { title: 'NCSC: password administration for system owners', url: 'https://www.ncsc.gov.uk/collection/passwords' };
const NCSC_MFA = {
  title: 'NCSC: multi-factor authentication for online services',
  url: 'https://www.ncsc.gov.uk/collection/mfa-for-your-corporate-online-services',
};
const NCSC_BACKUP = { title: 'NCSC: backing up your data', url: 'https://www.ncsc.gov.uk/collection/small-business-guide/backing-your-data' };
const NCSC_EXERCISE = { title: 'NCSC: Exercise in a Box', url: 'https://www.ncsc.gov.uk/section/exercise-in-a-box' };
const RPA = { title: 'DfE: risk protection arrangement (RPA)', url: 'https://www.gov.uk/guidance/academies-risk-protection-arrangement-rpa' };
const ICO_BREACH = { title: 'ICO: report a personal data breach', url: 'https://ico.org.uk/for-organisations/report-a-breach/' };

const NOW = { kind: 'NOW', text: 'Expected already: the basics of keeping school systems and data safe' } as const;
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
      hint: 'A risk assessment lists what could go wrong (for example ransomware, a phishing email, a lost laptop), how likely each is and how much harm it would do. Redo it after a major change to systems or an incident.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Book a session with IT support to list the main cyber risks, rate each for likelihood and impact, and record the result with a date for the next review.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'cyber-security.risk.team',
      title: 'The right people take part in the risk assessment',
      question:
        'Does the risk assessment involve the SLT digital lead, IT support (including any trust IT lead) and the data protection officer, rather than one person alone?',
      hint: 'Cyber risk touches teaching, finance, data and safeguarding. One person working alone tends to miss risks outside their own area.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Name a small cyber risk group (SLT digital lead, IT support, DPO, business manager) and invite them to the next risk assessment.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.risk.likelihood-impact',
      title: 'Each risk rated for likelihood and impact, with past incidents considered',
      question:
        'Does the risk assessment rate each risk for how likely it is and how much harm it would cause, taking account of past incidents and risky behaviours you know about?',
      hint: 'Past incidents and near misses (a shared password, a clicked phishing link) show where the real risks are.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: PAGE,
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
      expectation: 'SHOULD',
      timing: TERMLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Put a standing cyber risk item on one SLT meeting each term, with IT support reporting changes since the last review.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.risk.risk-register',
      title: 'Cyber risks are in the school or trust risk register',
      question: 'Are the most serious cyber risks recorded in the school or trust risk register alongside other risks?',
      hint: 'Keeping cyber risk in the main register means governors and trustees see it, rather than it living in an IT document nobody reads.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Copy the highest cyber risks into the school or trust risk register with an owner and planned actions.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.risk.continuity-plan',
      title: 'The business continuity plan covers a cyber attack and has been tested',
      question: 'Does your business continuity plan say how the school would keep running after a cyber attack, and has it been tested?',
      hint: 'Think about a day with no email, no MIS and no shared drives: how would you take registers, contact parents and run exams? Keep a copy on paper or outside your network.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Add a cyber attack scenario to the business continuity plan, keep an offline copy, and run a short tabletop exercise with SLT.',
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
      hint: 'The record of processing (ROPA) lists what personal data you hold, where and why. It should name systems such as the MIS, cloud storage and apps used with pupils.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Ask the DPO and IT support to check the record of processing against the list of systems and apps actually in use, and add anything missing.',
          owner: 'DPO',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.risk.network-documentation',
      title: 'The network is documented and the documents are kept safe',
      question:
        'Does IT support keep up-to-date network documentation (diagrams, settings, IP addresses, changes and logging), with a copy stored outside the school network?',
      hint: 'If the network is down or encrypted by ransomware, documents stored only on it are lost just when you need them.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to bring network documentation up to date, agree what is logged, and keep a copy in secure cloud storage or on paper.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'cyber-security.risk.insurance',
      title: 'Insurance covers cyber incidents and its conditions are met',
      question:
        'Does the school’s insurance (commercial, or DfE’s risk protection arrangement) cover cyber incidents, and does the school meet the conditions for a claim?',
      hint: 'Many policies, including the RPA, only pay out if conditions are met, such as offline backups and staff training.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Read the cyber section of the insurance policy or RPA terms with the business manager, list its conditions and check each one is in place.',
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
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Check that the acceptable use policy covers every group, add it to induction for supply staff and guests, and keep a record of who has agreed.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.awareness.acceptable-use-review',
      title: 'The acceptable use policy is reviewed every year',
      question: 'Has the acceptable use policy been reviewed in the last 12 months?',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Review the acceptable use policy with IT support and the DSL, covering new tools such as generative AI, and take it to governors.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.awareness.plan',
      title: 'A cyber awareness plan, reviewed every year',
      question: 'Does the school have a plan for raising cyber awareness among staff and pupils, reviewed in the last year?',
      hint: 'A plan says who learns what and when: induction, yearly refreshers, reminders after incidents, lessons for pupils.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: PAGE,
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
      code: 'cyber-security.awareness.staff-training',
      title: 'Staff trained in cyber security at least once a year',
      question:
        'Have all staff had cyber security training in the last 12 months (phishing, passwords, device security, reporting incidents and data protection)?',
      hint: 'NCSC’s training for school staff is free and takes under an hour. Schools in the RPA must be able to show staff have completed it to claim for a cyber incident.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask all staff to complete NCSC’s free cyber training this term, and keep a record of completion.',
          owner: 'ALL_STAFF',
          costBand: 'NONE',
          guidance: NCSC_TRAINING,
        },
      ],
    },
    {
      code: 'cyber-security.awareness.rpa-training-evidence',
      title: 'RPA members keep evidence of yearly NCSC training',
      question:
        'If the school is in DfE’s risk protection arrangement, can it show that staff with access to its systems completed NCSC cyber training in the last year?',
      hint: 'Answer not applicable if the school has commercial insurance instead of the RPA; check your own policy’s conditions in that case.',
      expectation: 'MUST',
      timing: YEARLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Collect the NCSC training certificates each year and store them where the business manager can find them for a claim.',
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
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask the governor linked to digital or safeguarding to complete the NCSC training and report back to the board.',
          owner: 'GOVERNORS',
          costBand: 'NONE',
          guidance: NCSC_TRAINING,
        },
      ],
    },
    {
      code: 'cyber-security.awareness.pupil-education',
      title: 'Pupils learn how to stay safe online',
      question: 'Do pupils learn, at least once a year, about passwords, phishing, scams and looking after their devices and accounts?',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PAGE,
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
      question: 'Is there a firewall between the school network and the internet, and do school laptops used off site have a software firewall switched on?',
      hint: 'Your broadband or IT provider may supply the boundary firewall. It should also protect against denial-of-service attacks.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to confirm which firewall protects the network and that device firewalls are on for laptops that leave the site.',
          owner: 'IT_SUPPORT',
          costBand: 'MEDIUM',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'cyber-security.firewall.suits-school',
      title: 'The firewall suits the school',
      question: 'Has IT support checked that the firewall is right for the school’s setting, its pupils and how the network is used?',
      hint: 'A school with several sites, boarding pupils or a lot of remote access needs more than a small primary on one site.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support for a short note on why the current firewall fits the school, and what would need to change as the school grows.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.firewall.hardened',
      title: 'The firewall’s administration is locked down',
      question:
        'Has the default admin password on the firewall been changed, is remote administration restricted, and is multi-factor sign-in used for its admin page where available?',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Ask IT support to confirm in writing that default passwords are changed, remote admin is limited and multi-factor sign-in is on for the firewall.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.firewall.inbound-rules',
      title: 'Inbound traffic is blocked unless a documented rule allows it',
      question:
        'Does the firewall block unrequested traffic from the internet by default, with every allowed rule written down, justified and signed off by the SLT digital lead?',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Ask IT support for the list of inbound firewall rules with the reason for each, remove any that are no longer needed, and sign off the rest.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.firewall.termly-check',
      title: 'Firewall checked every term',
      question: 'Does IT support check the firewall every term: firmware up to date, rules still needed, alerts working and blocked-traffic logs reviewed?',
      expectation: 'SHOULD',
      timing: TERMLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Add a termly firewall check to IT support’s schedule and ask for a two-line report to the SLT digital lead each time.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.malware.every-device',
      title: 'Anti-malware on every device',
      question:
        'Does every school device (including staff laptops and servers) run anti-malware that scans files, web pages and email attachments, blocks harmful sites and alerts IT support?',
      hint: 'This is a must. A central console lets IT support see at a glance which devices are protected and up to date.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support for a report from the anti-malware console showing every device is protected and updating; fix any gaps straight away.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: STANDARD,
        },
      ],
    },
    {
      code: 'cyber-security.malware.termly-review',
      title: 'Anti-malware reviewed every term',
      question: 'Does IT support review the anti-malware every term to check it covers all devices and that alerts are acted on?',
      expectation: 'SHOULD',
      timing: TERMLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Add a termly anti-malware review to IT support’s schedule, covering device coverage, alerts raised and what was done about them.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.malware.removable-media',
      title: 'USB storage and other external devices are controlled',
      question: 'Is USB storage blocked by default, with a written policy for the exceptions (such as exam board media) and scanning before use?',
      hint: 'The policy should also cover cameras, printers and other devices that plug into school computers or the network.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Agree an external devices policy, then ask IT support to block USB storage by default and set up a scanned route for exceptions.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },

    // Accounts and passwords
    {
      code: 'cyber-security.accounts.unique-passwords',
      title: 'Everyone has their own account and a strong password',
      question:
        'Does everyone sign in with their own account, with password strength enforced by the system and password guessing limited (for example, locked after 10 failed attempts)?',
      hint: 'Shared class or office logins make it impossible to know who did what. Guessing should be limited to no more than 10 attempts in 5 minutes, or a lock after 10 failures.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Ask IT support to replace any shared logins with personal accounts and to switch on password strength and lockout settings everywhere they are available.',
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
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PAGE,
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
      hint: 'Multi-factor sign-in asks for something extra besides the password, such as an app prompt or code. Microsoft 365 and Google Workspace both include it.',
      expectation: 'MUST',
      timing: { kind: 'AT_TRIGGER', text: 'Expected already; if not, roll out on a planned timetable as soon as possible' },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Turn on multi-factor sign-in for IT admin accounts first, then for staff, with a short guide and a help session.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: NCSC_MFA,
        },
      ],
    },
    {
      code: 'cyber-security.accounts.mfa-review',
      title: 'Multi-factor sign-in reviewed every year',
      question: 'Has the use of multi-factor sign-in been reviewed in the last 12 months, checking it covers every account that should have it?',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support for a yearly report of accounts without multi-factor sign-in, and decide for each whether to add it.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.accounts.least-privilege',
      title: 'People have only the access they need',
      question:
        'Do people get only the access their job needs, with changes approved by a senior leader, and do IT staff use separate admin accounts only when they need them?',
      hint: 'Everyday browsing and email with an administrator account makes a phishing click far more dangerous. Keep one emergency admin account controlled by SLT.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to list everyone with admin or finance access, remove what is not needed and set up separate admin accounts for IT staff.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: NCSC_TEN_STEPS,
        },
      ],
    },
    {
      code: 'cyber-security.accounts.leavers-and-review',
      title: 'Leavers’ accounts closed and access reviewed every term',
      question: 'Are accounts disabled as soon as someone leaves, and are all accounts and permissions reviewed each term so that unused ones are removed?',
      expectation: 'SHOULD',
      timing: TERMLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Link the HR leavers list to IT support so accounts close on the last day, and run a termly account review with the business manager.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
        },
      ],
    },

    // Licensing and updates
    {
      code: 'cyber-security.updates.licensed',
      title: 'All software and services are licensed',
      question: 'Is every piece of software and every online service the school uses properly licensed, with a current record of licences?',
      hint: 'This is a must. Anything unlicensed should be licensed or removed.',
      expectation: 'MUST',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to compare installed software and services with the licence record, then license or remove anything that is not covered.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
        },
      ],
    },
    {
      code: 'cyber-security.updates.supported',
      title: 'Software, firmware and hardware still supported',
      question: 'Is all software, firmware and hardware still supported by its maker, with end-of-support dates recorded in the asset register?',
      hint: 'Unsupported systems (for example an old Windows version or a switch past its end-of-life date) no longer get security fixes. Contract reviews each term should flag them to SLT.',
      expectation: 'SHOULD',
      timing: AT_PURCHASE,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Add end-of-support dates to the asset register and plan replacements for anything unsupported in the next budget.',
          owner: 'IT_SUPPORT',
          costBand: 'MEDIUM',
        },
      ],
    },
    {
      code: 'cyber-security.updates.critical-patches',
      title: 'Serious security updates installed within 14 days',
      question:
        'Are security updates that the maker rates critical or high (or that are unrated) installed within 14 days of release on all systems and devices?',
      hint: 'This is a must. Devices that cannot be updated should be cut off from the rest of the network. DfE’s own security instructions should be acted on within 5 working days.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: PAGE,
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
        'Is at least one copy of the school’s important data kept away from the school network, for example in a separate cloud service or an immutable backup?',
      hint: 'This is a must. Ransomware can encrypt backups that stay connected to the network. Follow 3-2-1: three copies, on two kinds of storage, one off site.',
      expectation: 'MUST',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to confirm where the off-site or immutable backup lives and what it covers; arrange one straight away if there is none.',
          owner: 'IT_SUPPORT',
          costBand: 'MEDIUM',
          guidance: NCSC_BACKUP,
        },
      ],
    },
    {
      code: 'cyber-security.backup.three-two-one',
      title: 'Backups follow the 3-2-1 rule and include cloud data',
      question:
        'Do backups follow the 3-2-1 rule (three copies, two kinds of storage, one off site) and include data held in cloud services such as email and shared drives?',
      hint: 'Cloud services are not automatically backed up by the school. Physical off-site copies must be encrypted and never stored at someone’s home.',
      expectation: 'SHOULD',
      timing: AS_SOON,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support for a backup map showing each system, its copies and where they are, including cloud email and files.',
          owner: 'IT_SUPPORT',
          costBand: 'LOW',
          guidance: NCSC_BACKUP,
        },
      ],
    },
    {
      code: 'cyber-security.backup.restore-tested',
      title: 'Restores tested every term',
      question: 'Does IT support test restoring data from backup every term (and after major changes), and record the result?',
      hint: 'A backup that has never been restored is a hope, not a plan.',
      expectation: 'SHOULD',
      timing: TERMLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Schedule a termly test restore of a sample of files and the MIS, and keep a log of the date, what was restored and how long it took.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.backup.recovery-plan',
      title: 'A backup and recovery plan, reviewed every year',
      question: 'Is there a written plan for recovering systems and data from backup, reviewed in the last 12 months?',
      hint: 'The plan should say what is restored first (for example safeguarding records and the MIS), who does it and how long it should take.',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to write or update the recovery plan with restore priorities and expected times, and share it with SLT.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },

    // Reporting and response
    {
      code: 'cyber-security.response.plan',
      title: 'A cyber incident response plan, reviewed every year',
      question: 'Does the school (or its trust) have a cyber incident response plan that says who does what in an attack, reviewed in the last 12 months?',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Write or update a response plan with contact details, first steps and decision makers, keep a paper copy, and rehearse it once a year.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: NCSC_EXERCISE,
        },
      ],
    },
    {
      code: 'cyber-security.response.internal-reporting',
      title: 'Everyone knows how to report an incident inside the school',
      question:
        'Do all staff and pupils know to report suspected cyber incidents and near misses to IT support and the SLT digital lead, and are they all logged?',
      hint: 'Near misses, such as a phishing email that nearly worked, are worth logging: they show where training is needed.',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Publish a simple "spotted something odd?" reporting route for staff and pupils and start an incident and near-miss log.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'cyber-security.response.external-reporting',
      title: 'Key staff know who to tell outside the school',
      question:
        'Do IT support, SLT and the DPO know who to report a serious incident to outside the school: your insurer or the RPA, Report Fraud, DfE’s sector cyber team, NCSC and (within 72 hours for a serious personal data breach) the ICO?',
      expectation: 'SHOULD',
      timing: NOW,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Add an external contacts page to the response plan with each body, when to contact it and how, and check the DPO knows the 72-hour ICO rule.',
          owner: 'DPO',
          costBand: 'NONE',
          guidance: ICO_BREACH,
        },
      ],
    },
    {
      code: 'cyber-security.response.governors-informed',
      title: 'Governors are told about incidents',
      question: 'Are governors or trustees told about significant cyber incidents and given a summary of incidents and near misses each year?',
      expectation: 'SHOULD',
      timing: YEARLY,
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Add a yearly cyber incident summary to the headteacher’s report to governors, and agree when a single incident should be reported straight away.',
          owner: 'HEADTEACHER',
          costBand: 'NONE',
        },
      ],
    },
  ],
} satisfies StandardInput;
