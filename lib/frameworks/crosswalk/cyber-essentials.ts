import type { z } from 'zod';
import type { FrameworkSchema } from '../crosswalk-schema';

// Cyber Essentials: the government-backed scheme's five technical controls, as in the Requirements
// for IT Infrastructure that apply to assessments from 27 April 2026 (v3.3, question set "Danzell").
// Not required of schools (it is of colleges), but many trusts certify, and the controls are the
// floor DfE's cyber standard builds on.
export const cyberEssentials: z.input<typeof FrameworkSchema> = {
  id: 'cyber-essentials',
  title: 'Cyber Essentials: the five technical controls',
  shortTitle: 'Cyber Essentials',
  edition: 'Requirements for IT Infrastructure v3.3 (assessments from 27 April 2026)',
  summary:
    'Five controls across everything in scope (devices, servers, cloud services and the network edge). From April 2026 an assessment fails if any cloud service can be signed into without multi-factor authentication where it is offered, or if a critical or high-risk update has waited more than 14 days.',
  sourceUrl: 'https://www.ncsc.gov.uk/cyberessentials/overview',
  sources: [
    { title: 'Cyber Essentials overview (NCSC)', url: 'https://www.ncsc.gov.uk/cyberessentials/overview' },
    {
      title: 'Cyber Essentials: Requirements for IT Infrastructure (NCSC)',
      url: 'https://www.ncsc.gov.uk/files/cyber-essentials-requirements-for-it-infrastructure-v3-3.pdf',
    },
    { title: 'Cyber Essentials question set and requirements updates (IASME)', url: 'https://iasme.co.uk/cyber-essentials/' },
  ],
  items: [
    {
      key: 'firewalls',
      title: 'Firewalls',
      description:
        'Every device in scope sits behind a firewall (a boundary firewall, or a software firewall on devices used off the network) whose default password is changed, whose admin interface is not open to the internet, and whose inbound rules are approved and documented.',
      evidenceHint: 'the firewall rule review signed off by IT support, with its date.',
      requirementCodes: [
        'cyber-security.firewall.in-place',
        'cyber-security.firewall.off-site-devices',
        'cyber-security.firewall.remote-admin',
        'cyber-security.firewall.inbound-rules',
        'cyber-security.firewall.rules-signed-off',
      ],
    },
    {
      key: 'secure-configuration',
      title: 'Secure configuration',
      description:
        'Devices and services are set up securely: unused accounts and software removed, default passwords changed, strong passwords or PINs enforced, guessing limited, and nothing runs automatically from downloaded files or media.',
      evidenceHint: 'IT support’s build or configuration checklist for devices, and the password policy.',
      requirementCodes: [
        'cyber-security.firewall.hardened',
        'cyber-security.accounts.password-strength',
        'cyber-security.accounts.guess-limits',
        'cyber-security.malware.removable-media',
      ],
    },
    {
      key: 'security-updates',
      title: 'Security update management',
      description:
        'All software in scope is licensed and supported by its maker, updates install automatically where possible, and unsupported software is removed or kept apart.',
      evidenceHint: 'the software and licence register with support end dates, and a patching report from the management console.',
      requirementCodes: ['cyber-security.updates.licensed', 'cyber-security.updates.supported', 'cyber-security.updates.end-of-support-dates'],
    },
    {
      key: 'critical-updates-14-days',
      title: 'Critical and high-risk updates within 14 days',
      description:
        'Updates the maker rates critical or high risk (CVSS 7 or above), or that it gives no rating for, are installed within 14 days of release. From April 2026 one left longer fails the assessment.',
      evidenceHint: 'a recent patch compliance report showing update ages across devices and servers.',
      requirementCodes: ['cyber-security.updates.critical-patches'],
    },
    {
      key: 'user-access-control',
      title: 'User access control',
      description:
        'Accounts are given only to those who need them, with only the access they need; administrators use separate accounts for admin work; leavers’ accounts are removed promptly.',
      evidenceHint: 'the joiners, movers and leavers procedure and the latest account review.',
      requirementCodes: [
        'cyber-security.accounts.unique-passwords',
        'cyber-security.accounts.least-privilege',
        'cyber-security.accounts.access-approval',
        'cyber-security.accounts.admin-separate',
        'cyber-security.accounts.leavers-and-review',
      ],
    },
    {
      key: 'mfa-cloud-services',
      title: 'Multi-factor authentication on every cloud service',
      description:
        'Every cloud service that offers multi-factor authentication has it switched on for all users and administrators. From April 2026 a cloud service without it, where it is available, fails the assessment.',
      evidenceHint: 'the MFA enforcement report from each cloud service’s admin centre (for example Microsoft 365 or Google Workspace).',
      requirementCodes: ['cyber-security.accounts.mfa', 'cyber-security.firewall.admin-mfa'],
    },
    {
      key: 'malware-protection',
      title: 'Malware protection',
      description:
        'Every device in scope runs anti-malware that updates itself and scans files and web pages as they open, or allows only approved applications to run.',
      evidenceHint: 'the anti-malware console’s device report showing every device protected and up to date.',
      requirementCodes: ['cyber-security.malware.every-device'],
    },
  ],
};
