import { describe, expect, it } from 'vitest';
import { CATALOGUES, DFE_2026_11, DFE_2026_12, STANDARDS_HUB } from '@/lib/standards/catalogue';
import { catalogueEntries } from '@/lib/standards/catalogue-entries';
import { diffCatalogues } from '@/lib/standards/catalogue-diff';
import { catalogueQualityProblems } from '@/lib/standards/catalogue-quality';
import { CatalogueSchema, type Catalogue } from '@/lib/standards/catalogue-schema';

const SLUGS = [
  'broadband-internet',
  'cloud-solutions',
  'cyber-security',
  'digital-accessibility',
  'digital-leadership-and-governance',
  'filtering-and-monitoring',
  'it-support',
  'laptops-desktops-and-tablets',
  'network-cabling',
  'network-switching',
  'servers-and-storage',
  'wireless-network',
];
const CORE = ['broadband-internet', 'cyber-security', 'digital-leadership-and-governance', 'filtering-and-monitoring', 'network-switching', 'wireless-network'];

describe.each<[string, Catalogue]>([
  ['2026.11', DFE_2026_11],
  ['2026.12', DFE_2026_12],
])('the DfE standards catalogue %s', (_, catalogue) => {
  const bySlug = new Map(catalogue.standards.map((s) => [s.slug, s]));
  const requirements = catalogue.standards.flatMap((s) => s.requirements);

  it('validates against the catalogue schema', () => {
    expect(CatalogueSchema.safeParse(catalogue).success).toBe(true);
  });

  it('holds all twelve standards, with the six core ones marked', () => {
    expect(catalogue.standards.map((s) => s.slug).sort()).toEqual(SLUGS);
    expect(
      catalogue.standards
        .filter((s) => s.core)
        .map((s) => s.slug)
        .sort(),
    ).toEqual(CORE);
  });

  it('gives every standard a DfE source page and a deadline or trigger', () => {
    for (const standard of catalogue.standards) {
      expect(standard.sourceUrl.startsWith(`${STANDARDS_HUB}/`), standard.slug).toBe(true);
      expect(standard.timing.text.length, standard.slug).toBeGreaterThan(3);
      if (standard.core && standard.slug !== 'filtering-and-monitoring') expect(standard.timing.date, standard.slug).toBe('2030-12-31');
    }
    // Filtering and monitoring is expected now, through statutory safeguarding guidance.
    expect(bySlug.get('filtering-and-monitoring')!.timing.kind).toBe('NOW');
  });

  it('gives every requirement a question, a source link and at least one next step', () => {
    for (const requirement of requirements) {
      expect(requirement.question.endsWith('?'), requirement.code).toBe(true);
      expect(requirement.sourceUrl.startsWith('https://'), requirement.code).toBe(true);
      expect(requirement.nextSteps.length, requirement.code).toBeGreaterThan(0);
    }
    expect(new Set(requirements.map((r) => r.code)).size).toBe(requirements.length);
  });

  it('covers at least the ground of DfE’s own question set for the core standards', () => {
    const count = (slug: string) => bySlug.get(slug)!.requirements.length;
    expect(count('broadband-internet')).toBeGreaterThanOrEqual(8); // broadband 3 + backup broadband 5
    expect(count('wireless-network')).toBeGreaterThanOrEqual(8);
    expect(count('network-switching')).toBeGreaterThanOrEqual(6);
    expect(count('network-cabling')).toBeGreaterThanOrEqual(2);
    expect(count('cyber-security')).toBeGreaterThanOrEqual(35);
    expect(count('filtering-and-monitoring')).toBeGreaterThanOrEqual(31);
    expect(count('digital-leadership-and-governance')).toBeGreaterThanOrEqual(27);
  });
});

describe('the December 2026 catalogue', () => {
  const requirements = DFE_2026_12.standards.flatMap((s) => s.requirements);
  const find = (code: string) => {
    const requirement = requirements.find((r) => r.code === code);
    if (!requirement) throw new Error(`${code} is not in 2026.12`);
    return requirement;
  };

  it('meets the editorial rules: a hint and a source on every requirement, no question asked twice', () => {
    expect(catalogueQualityProblems(DFE_2026_12)).toEqual([]);
    expect(requirements.every((r) => r.hint && r.source)).toBe(true);
  });

  it('finds the editorial rules broken where they are: 2026.11 lacked hints and sources', () => {
    const problems = catalogueQualityProblems(DFE_2026_11);
    expect(problems.filter((p) => p.problem.includes('hint')).map((p) => p.code)).toContain('cyber-security.firewall.hardened');
    expect(problems.filter((p) => p.problem.includes('hint'))).toHaveLength(15);
  });

  it('cites Plan Tech for what comes from Plan Tech, and the standard’s own page for the rest', () => {
    for (const standard of DFE_2026_12.standards) {
      for (const r of standard.requirements) {
        if (r.source === 'PLAN_TECH') expect(r.sourceUrl, r.code).toBe('https://www.plan-technology-for-your-school.education.gov.uk/');
        else expect(r.sourceUrl.startsWith(standard.sourceUrl), r.code).toBe(true);
      }
    }
    expect(requirements.filter((r) => r.source === 'PLAN_TECH').length).toBeGreaterThanOrEqual(25);
  });

  it('points the next steps of every requirement to guidance', () => {
    expect(requirements.filter((r) => !r.nextSteps.some((step) => step.guidance)).map((r) => r.code)).toEqual([]);
  });

  it('fixes the markings and timings the December review found wrong', () => {
    expect(find('cyber-security.accounts.mfa').timing.kind).toBe('NOW');
    expect(find('cyber-security.updates.licensed')).toMatchObject({ expectation: 'MUST', timing: { kind: 'NOW' } });
    expect(find('cyber-security.updates.supported').timing.kind).toBe('NOW');
    expect(find('cyber-security.backup.immutable').expectation).toBe('SHOULD');
    expect(find('cyber-security.backup.off-site').question).not.toMatch(/immutable/i);
    expect(find('cyber-security.response.external-reporting').question + find('cyber-security.response.external-reporting').hint).toMatch(/Jisc/);
    expect(find('wireless-network.security.authentication').expectation).toBe('MUST');
    expect(find('wireless-network.security.individual-authentication').expectation).toBe('SHOULD');
    expect(find('wireless-network.equipment.wifi-generation').question).not.toMatch(/6E/);
    expect(find('wireless-network.equipment.wifi7-next-upgrade').question).toMatch(/Wi-Fi 7/);
    expect(find('laptops-desktops-and-tablets.disposal.weee-and-data').expectation).toBe('MUST');
    for (const code of ['room.no-battery-devices', 'room.no-windows', 'room.no-classroom-access', 'room.no-liquids']) {
      expect(find(`servers-and-storage.${code}`).expectation, code).toBe('MUST');
    }
    for (const code of ['resilience.max-downtime', 'resilience.ups', 'room.dedicated'])
      expect(find(`servers-and-storage.${code}`).timing.kind, code).toBe('NOW');
    expect(find('cloud-solutions.data-protection.data-location').expectation).toBe('SHOULD');
    expect(find('cloud-solutions.approach.broadband').expectation).toBe('MUST');
  });

  it('changes from 2026.11 by exactly the intended list', () => {
    const changes = diffCatalogues(catalogueEntries(DFE_2026_11.standards), catalogueEntries(DFE_2026_12.standards));
    expect(changes.added.map((e) => e.code).sort()).toEqual(ADDED);
    expect(changes.changed.map((e) => e.code).sort()).toEqual(CHANGED);
    expect(changes.retired.map((e) => e.code)).toEqual([]);
    // Every other requirement carries over, most with a clearer hint or source.
    expect(changes.updated.length).toBe(71);
  });

  it('keeps each carried-over code in the same standard, and ships versions oldest first', () => {
    const standardOf = new Map(DFE_2026_11.standards.flatMap((s) => s.requirements.map((r) => [r.code, s.slug] as const)));
    for (const standard of DFE_2026_12.standards) {
      for (const r of standard.requirements) if (standardOf.has(r.code)) expect(standardOf.get(r.code), r.code).toBe(standard.slug);
    }
    expect(CATALOGUES.map((c) => c.version)).toEqual(['2026.11', '2026.12']);
  });
});

// The December 2026 release, as reviewed: new points, and questions whose wording, strength or
// timing changed (splits keep the first part's code). Anything else here is a mistake.
const ADDED = [
  'cloud-solutions.approach.broadband',
  'cloud-solutions.availability.devices',
  'cloud-solutions.availability.trial',
  'cloud-solutions.backup.provider-terms',
  'cloud-solutions.data-protection.breach-roles',
  'cloud-solutions.data-protection.dpia-high-risk',
  'cyber-security.accounts.access-approval',
  'cyber-security.accounts.admin-separate',
  'cyber-security.accounts.guess-limits',
  'cyber-security.accounts.password-strength',
  'cyber-security.accounts.termly-review',
  'cyber-security.awareness.other-logins-training',
  'cyber-security.awareness.plan-review',
  'cyber-security.backup.cloud-data',
  'cyber-security.backup.immutable',
  'cyber-security.backup.physical-copies',
  'cyber-security.firewall.admin-mfa',
  'cyber-security.firewall.off-site-devices',
  'cyber-security.firewall.remote-admin',
  'cyber-security.firewall.rules-signed-off',
  'cyber-security.response.governors-yearly-summary',
  'cyber-security.response.ico-reporting',
  'cyber-security.response.incident-log',
  'cyber-security.response.plan-review',
  'cyber-security.risk.continuity-plan-tested',
  'cyber-security.risk.documents-offline-copy',
  'cyber-security.risk.insurance-conditions',
  'cyber-security.updates.end-of-support-dates',
  'cyber-security.updates.licence-record',
  'digital-accessibility.comms.messages',
  'digital-accessibility.policy.curriculum',
  'digital-accessibility.policy.send',
  'digital-leadership-and-governance.continuity.plans-reviewed',
  'digital-leadership-and-governance.registers.contracts-yearly-check',
  'digital-leadership-and-governance.registers.hardware-termly-check',
  'digital-leadership-and-governance.registers.information-yearly-check',
  'digital-leadership-and-governance.strategy.pupil-access-outside',
  'digital-leadership-and-governance.strategy.summary-shared',
  'digital-leadership-and-governance.strategy.sustainable',
  'digital-leadership-and-governance.strategy.vision-informed',
  'filtering-and-monitoring.monitoring.technical',
  'filtering-and-monitoring.roles.block-allow-log',
  'it-support.guidance.policies',
  'it-support.guidance.technical-records',
  'it-support.maintenance.health-checks',
  'it-support.maintenance.recovery-plans',
  'it-support.maintenance.updates',
  'it-support.maintenance.user-accounts',
  'it-support.needs.emergency-cover',
  'it-support.needs.services-record',
  'it-support.review.written-report',
  'it-support.service.peak-capacity',
  'it-support.service.request-status',
  'it-support.standards.certifications',
  'laptops-desktops-and-tablets.disposal.data-destruction',
  'laptops-desktops-and-tablets.energy.low-energy-models',
  'laptops-desktops-and-tablets.security.asset-tags',
  'laptops-desktops-and-tablets.security.browser-controls',
  'laptops-desktops-and-tablets.security.os-updates',
  'laptops-desktops-and-tablets.security.remote-lock-wipe',
  'laptops-desktops-and-tablets.spec.unsupported-replaced',
  'network-cabling.containment.separation',
  'network-cabling.containment.supported',
  'network-cabling.copper.installed-to-standards',
  'network-cabling.fibre.underground-ducts',
  'network-cabling.installation.system-warranty',
  'network-switching.location.ventilated',
  'network-switching.management.admin-training',
  'network-switching.performance.multi-gig',
  'network-switching.performance.stacking',
  'network-switching.security.access-control',
  'network-switching.security.admin-accounts-record',
  'network-switching.specification.minimums',
  'network-switching.support.firmware-updates',
  'network-switching.support.updates-installed',
  'servers-and-storage.energy.procurement',
  'servers-and-storage.resilience.disk-redundancy',
  'servers-and-storage.resilience.failover',
  'servers-and-storage.resilience.warranty',
  'servers-and-storage.room.cabinets-and-cooling',
  'servers-and-storage.room.no-battery-devices',
  'servers-and-storage.room.no-classroom-access',
  'servers-and-storage.room.no-flammables',
  'servers-and-storage.room.no-liquids',
  'servers-and-storage.room.no-windows',
  'servers-and-storage.room.size',
  'servers-and-storage.room.water-and-dust',
  'servers-and-storage.security.breach-roles',
  'servers-and-storage.security.dpia-high-risk',
  'servers-and-storage.security.dpo-consulted',
  'servers-and-storage.security.licensed',
  'servers-and-storage.security.supplier-choice',
  'servers-and-storage.security.updates',
  'wireless-network.capacity.scalable',
  'wireless-network.configuration.segregation',
  'wireless-network.configuration.traffic-priority',
  'wireless-network.coverage.interference',
  'wireless-network.equipment.ap-port-speeds',
  'wireless-network.equipment.wifi7-next-upgrade',
  'wireless-network.management.admin-training',
  'wireless-network.management.restorable-config',
  'wireless-network.security.admin-accounts-record',
  'wireless-network.security.individual-authentication',
  'wireless-network.security.wifi-filtered',
  'wireless-network.support.updates-installed',
];

const CHANGED = [
  'cloud-solutions.availability.uptime',
  'cloud-solutions.data-protection.data-location',
  'cloud-solutions.data-protection.dpia',
  'cyber-security.accounts.least-privilege',
  'cyber-security.accounts.leavers-and-review',
  'cyber-security.accounts.mfa',
  'cyber-security.accounts.unique-passwords',
  'cyber-security.awareness.plan',
  'cyber-security.backup.off-site',
  'cyber-security.backup.three-two-one',
  'cyber-security.firewall.hardened',
  'cyber-security.firewall.in-place',
  'cyber-security.firewall.inbound-rules',
  'cyber-security.firewall.suits-school',
  'cyber-security.response.external-reporting',
  'cyber-security.response.governors-informed',
  'cyber-security.response.internal-reporting',
  'cyber-security.response.plan',
  'cyber-security.risk.continuity-plan',
  'cyber-security.risk.insurance',
  'cyber-security.risk.network-documentation',
  'cyber-security.updates.licensed',
  'cyber-security.updates.supported',
  'digital-accessibility.comms.accessible',
  'digital-accessibility.policy.in-policies',
  'digital-leadership-and-governance.continuity.plans-cover-digital',
  'digital-leadership-and-governance.registers.contracts-updated',
  'digital-leadership-and-governance.registers.hardware-updated',
  'digital-leadership-and-governance.registers.information-updated',
  'digital-leadership-and-governance.strategy.yearly-review',
  'filtering-and-monitoring.monitoring.in-person-and-technical',
  'it-support.guidance.documentation',
  'it-support.maintenance.backups-and-plans',
  'it-support.maintenance.filtering-and-accounts',
  'it-support.maintenance.routine',
  'it-support.review.value-and-report',
  'laptops-desktops-and-tablets.disposal.weee-and-data',
  'laptops-desktops-and-tablets.energy.settings',
  'laptops-desktops-and-tablets.security.device-management',
  'laptops-desktops-and-tablets.security.protections',
  'laptops-desktops-and-tablets.spec.yearly-review',
  'network-cabling.copper.cat6a',
  'network-cabling.fibre.diverse-routes',
  'network-cabling.installation.approved-installer',
  'network-switching.location.secure-cabinets',
  'network-switching.performance.port-speeds',
  'network-switching.security.admin-accounts',
  'network-switching.security.segregation',
  'network-switching.support.warranty-firmware',
  'servers-and-storage.energy.efficiency',
  'servers-and-storage.resilience.backups',
  'servers-and-storage.resilience.critical-hardware',
  'servers-and-storage.resilience.max-downtime',
  'servers-and-storage.resilience.monitoring',
  'servers-and-storage.resilience.replacement',
  'servers-and-storage.resilience.ups',
  'servers-and-storage.room.dedicated',
  'servers-and-storage.security.cyber-standards',
  'servers-and-storage.security.data-protection',
  'wireless-network.equipment.wifi-generation',
  'wireless-network.security.admin-accounts',
  'wireless-network.security.authentication',
  'wireless-network.security.guest-access',
  'wireless-network.support.security-updates',
];
