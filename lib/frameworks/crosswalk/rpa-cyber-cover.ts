import type { z } from 'zod';
import type { FrameworkSchema } from '../crosswalk-schema';

// The Risk Protection Arrangement's conditions for cyber cover. A member that has not met them
// when an incident happens has its cover cut (the membership rules say by how much).
export const rpaCyberCover: z.input<typeof FrameworkSchema> = {
  id: 'rpa-cyber-cover',
  title: 'Risk Protection Arrangement: conditions of cyber cover',
  shortTitle: 'RPA cyber cover',
  edition: 'RPA membership rules, 2025 to 2026 membership year',
  summary:
    'RPA members (academy trusts, and local-authority schools that have joined) must meet four conditions for their cyber cover to pay in full: offline backups, yearly NCSC training for everyone with IT access, Police CyberAlarm registration and a cyber response plan.',
  sourceUrl: 'https://www.gov.uk/government/publications/risk-protection-arrangement-rpa-for-academy-trusts-membership-rules',
  sources: [
    {
      title: 'RPA membership rules for academy trusts (GOV.UK)',
      url: 'https://www.gov.uk/government/publications/risk-protection-arrangement-rpa-for-academy-trusts-membership-rules',
    },
    { title: 'Academies risk protection arrangement (RPA) (GOV.UK)', url: 'https://www.gov.uk/guidance/academies-risk-protection-arrangement-rpa' },
  ],
  items: [
    {
      key: 'offline-backups',
      title: 'Offline backups',
      description:
        'The school keeps backups of its data offline or otherwise separated from the network, so that ransomware cannot reach them, and has tested that it can restore from them.',
      evidenceHint: 'a dated restore test record, and a note or report from IT support showing where the offline copy is kept.',
      requirementCodes: ['cyber-security.backup.off-site', 'cyber-security.backup.immutable', 'cyber-security.backup.restore-tested'],
    },
    {
      key: 'ncsc-training',
      title: 'Yearly NCSC cyber training for everyone with IT access',
      description:
        'All employees and governors or trustees who have access to the school’s IT system complete the NCSC’s free cyber security training for school staff (or equivalent) every year, and the school keeps evidence of it.',
      evidenceHint: 'the training records: each person with IT access, the date they trained, and their NCSC certificate.',
      requirementCodes: ['cyber-security.awareness.staff-training', 'cyber-security.awareness.rpa-training-evidence'],
      rule: 'training',
    },
    {
      key: 'police-cyberalarm',
      title: 'Registered with Police CyberAlarm',
      description:
        'The school has registered with Police CyberAlarm, the free service from the police that monitors and reports suspicious traffic reaching the network, and installed its collector where the service asks.',
      evidenceHint: 'the registration confirmation email or a screenshot of the Police CyberAlarm member portal showing the school.',
      requirementCodes: [],
    },
    {
      key: 'response-plan',
      title: 'A cyber response plan',
      description:
        'The school has a cyber incident response plan that says who does what, whom to contact (including the RPA’s emergency assistance line) and how it will keep running; it is kept where it can be reached when systems are down.',
      evidenceHint: 'the current response plan (PDF or Word), with the date it was last reviewed.',
      requirementCodes: ['cyber-security.response.plan', 'cyber-security.risk.documents-offline-copy'],
    },
  ],
};
