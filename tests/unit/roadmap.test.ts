import { describe, expect, it } from 'vitest';
import { addMonths } from '@/lib/dates/calendar-days';
import { budgetByYear } from '@/lib/roadmap/budget';
import { buildRoadmap, KIT_LEAD_MONTHS, kitDueDate, type RoadmapContract, type RoadmapKit, type RoadmapRequirement } from '@/lib/roadmap/build-roadmap';
import { findContradictions } from '@/lib/roadmap/contradictions';
import { financialYearOf, financialYearStartFor, financialYearsBetween } from '@/lib/roadmap/financial-year';
import { describePeriod, parseNoticePeriod, subtractPeriod } from '@/lib/roadmap/notice-period';
import { classifyTiming, standardTrigger } from '@/lib/roadmap/register-triggers';
import { procurementOpportunities, spendByYearAndCategory } from '@/lib/roadmap/trust-rollup';
import { nextBigSpend } from '@/lib/roadmap/next-big-spend';
import { CATALOGUES } from '@/lib/standards/catalogue';

const TODAY = '2026-12-03';

const requirement = (over: Partial<RoadmapRequirement> & Pick<RoadmapRequirement, 'code' | 'standardSlug'>): RoadmapRequirement => ({
  title: over.code,
  standardTitle: over.standardSlug,
  coreDeadline: null,
  timing: { kind: 'NOW', text: 'Already expected' },
  action: `Do ${over.code}`,
  costBand: 'LOW',
  ...over,
});

const fibre = requirement({
  code: 'broadband-internet.connection.full-fibre',
  standardSlug: 'broadband-internet',
  coreDeadline: '2030-12-31',
  timing: { kind: 'AT_TRIGGER', text: 'When the current contract ends, or as soon as full fibre reaches your site' },
  costBand: 'MEDIUM',
});
const contract = (over: Partial<RoadmapContract> = {}): RoadmapContract => ({
  id: 'c1',
  service: 'BROADBAND',
  supplier: 'Openreach Schools',
  endDate: '2027-08-31',
  noticePeriod: 'P3M',
  annualCostPence: 240_000,
  providedByTrust: false,
  ...over,
});
const laptops = (over: Partial<RoadmapKit> = {}): RoadmapKit => ({
  id: 'k1',
  category: 'LAPTOP',
  makeModel: 'Dell Latitude 3310',
  quantity: 40,
  purchaseDate: '2020-09-01',
  supportEnd: null,
  operatingSystem: 'Windows 10 Pro',
  unitCostPence: 45_000,
  portSpeedMbps: null,
  providedByTrust: false,
  ...over,
});
const deviceRefresh = requirement({
  code: 'laptops-desktops-and-tablets.spec.wifi',
  standardSlug: 'laptops-desktops-and-tablets',
  timing: { kind: 'AT_TRIGGER', text: 'At the next device purchase' },
});

describe('notice periods', () => {
  it('reads what people write and keeps calendar months', () => {
    expect(parseNoticePeriod('3 months')).toBe('P3M');
    expect(parseNoticePeriod(' 90 Days ')).toBe('P90D');
    expect(parseNoticePeriod('1 yr')).toBe('P1Y');
    expect(parseNoticePeriod('12 weeks')).toBe('P12W');
    expect(parseNoticePeriod('')).toBeNull();
    expect(parseNoticePeriod('soon')).toBeUndefined();
    expect(parseNoticePeriod('40 months')).toBeUndefined();
    expect(subtractPeriod('2027-08-31', 'P3M')).toBe('2027-05-31');
    // No 31 February: the last day of the month.
    expect(subtractPeriod('2027-05-31', 'P3M')).toBe('2027-02-28');
    expect(subtractPeriod('2027-03-31', 'P90D')).toBe('2026-12-31');
    expect(describePeriod('P1M')).toBe('1 month');
  });
});

describe('financial years', () => {
  it('runs September to August for academies and April to March for maintained schools', () => {
    expect(financialYearStartFor({ type: 'COMMUNITY', financialYearStart: null, trustId: null }, null)).toBe(4);
    expect(financialYearStartFor({ type: 'ACADEMY_CONVERTER', financialYearStart: null, trustId: null }, null)).toBe(9);
    expect(financialYearStartFor({ type: 'COMMUNITY', financialYearStart: null, trustId: 't' }, null)).toBe(9);
    expect(financialYearStartFor({ type: 'COMMUNITY', financialYearStart: null, trustId: 't' }, 4)).toBe(4);
    expect(financialYearStartFor({ type: 'ACADEMY_CONVERTER', financialYearStart: 1, trustId: 't' }, 9)).toBe(1);
    expect(financialYearOf('2026-12-03', 9)).toEqual({ label: '2026/27', start: '2026-09-01', end: '2027-08-31' });
    expect(financialYearOf('2027-03-31', 4)).toEqual({ label: '2026/27', start: '2026-04-01', end: '2027-03-31' });
    expect(financialYearOf('2027-04-01', 4).label).toBe('2027/28');
    expect(financialYearOf('2099-08-31', 9).label).toBe('2098/99');
    expect(financialYearOf('2026-05-01', 1)).toEqual({ label: '2026', start: '2026-01-01', end: '2026-12-31' });
    expect(financialYearsBetween('2026-12-03', '2030-12-31', 9).map((y) => y.label)).toEqual(['2026/27', '2027/28', '2028/29', '2029/30', '2030/31']);
  });
});

describe('the roadmap', () => {
  it('dates a contract-triggered requirement from the end date minus the notice period', () => {
    const [entry] = buildRoadmap({ today: TODAY, financialYearStart: 9, open: [fibre], contracts: [contract()], kit: [] });
    expect(entry).toMatchObject({
      kind: 'CONTRACT',
      decisionDate: '2027-05-31',
      latestDate: '2027-08-31',
      overdue: false,
      requirementCodes: [fibre.code],
      cost: { source: 'REGISTER', pence: 240_000, recurring: true },
    });
    expect(entry!.because).toContain('3 months’ notice');
    expect(entry!.registerItems).toEqual([expect.objectContaining({ register: 'CONTRACT', id: 'c1' })]);
  });

  it('caps a core standard at its 2030 deadline', () => {
    const [entry] = buildRoadmap({
      today: TODAY,
      financialYearStart: 9,
      open: [fibre],
      contracts: [contract({ endDate: '2032-03-31', noticePeriod: null })],
      kit: [],
    });
    expect(entry).toMatchObject({ latestDate: '2030-12-31', decisionDate: '2030-12-31' });
  });

  it('turns a missing fact into an entry of its own', () => {
    const none = buildRoadmap({ today: TODAY, financialYearStart: 9, open: [fibre], contracts: [], kit: [] });
    expect(none).toEqual([
      expect.objectContaining({
        kind: 'MISSING_FACT',
        title: 'We don’t know when the broadband contract ends: add it to the register',
        latestDate: '2030-12-31',
      }),
    ]);
    const noEnd = buildRoadmap({ today: TODAY, financialYearStart: 9, open: [fibre], contracts: [contract({ endDate: null })], kit: [] });
    expect(noEnd[0]).toMatchObject({ kind: 'MISSING_FACT', registerItems: [expect.objectContaining({ id: 'c1' })] });
    expect(noEnd[0]!.title).toContain('end date');
    const noKitDates = buildRoadmap({
      today: TODAY,
      financialYearStart: 9,
      open: [deviceRefresh],
      contracts: [],
      kit: [laptops({ operatingSystem: null, purchaseDate: null })],
    });
    expect(noKitDates[0]).toMatchObject({ kind: 'MISSING_FACT', latestDate: null });
  });

  it('dates kit from its support end, its operating system, or its replacement age', () => {
    expect(kitDueDate(laptops())).toEqual({ day: '2025-10-14', because: 'Windows 10 stops getting security updates' });
    expect(kitDueDate(laptops({ operatingSystem: 'ChromeOS', category: 'CHROMEBOOK', supportEnd: '2028-06-01' }))?.day).toBe('2028-06-01');
    expect(kitDueDate(laptops({ operatingSystem: null }))?.day).toBe('2025-09-01');
    expect(kitDueDate(laptops({ operatingSystem: null, category: 'OTHER' }))).toBeNull();
    const [entry] = buildRoadmap({ today: TODAY, financialYearStart: 9, open: [deviceRefresh], contracts: [], kit: [laptops()] });
    expect(entry).toMatchObject({
      kind: 'KIT',
      title: 'Replace 40 Dell Latitude 3310 laptops',
      latestDate: '2025-10-14',
      decisionDate: addMonths('2025-10-14', -KIT_LEAD_MONTHS),
      overdue: true,
      cost: { source: 'REGISTER', pence: 40 * 45_000, recurring: false },
    });
  });

  it('treats "now" as overdue today and dated requirements by their date', () => {
    const now = requirement({ code: 'cyber-security.x.now', standardSlug: 'cyber-security' });
    const dated = requirement({
      code: 'cyber-security.x.dated',
      standardSlug: 'cyber-security',
      timing: { kind: 'BY_DATE', date: '2027-09-01', text: 'By September 2027' },
    });
    const entries = buildRoadmap({ today: TODAY, financialYearStart: 9, open: [dated, now], contracts: [], kit: [] });
    expect(entries.map((e) => [e.key, e.latestDate, e.overdue])).toEqual([
      ['requirement:cyber-security.x.now', TODAY, true],
      ['requirement:cyber-security.x.dated', '2027-09-01', false],
    ]);
  });

  it('makes one entry of a standard’s requirements due on the same day for the same reason', () => {
    const now = (item: string, band: 'LOW' | 'HIGH') =>
      requirement({ code: `cyber-security.x.${item}`, standardSlug: 'cyber-security', standardTitle: 'Cyber security', costBand: band });
    const alone = requirement({ code: 'cloud-solutions.x.now', standardSlug: 'cloud-solutions', standardTitle: 'Cloud solutions' });
    const entries = buildRoadmap({ today: TODAY, financialYearStart: 9, open: [now('a', 'LOW'), alone, now('b', 'HIGH')], contracts: [], kit: [] });
    expect(entries.map((e) => [e.title, e.requirementCodes, e.cost])).toEqual([
      ['Do cloud-solutions.x.now', ['cloud-solutions.x.now'], { source: 'BAND', band: 'LOW' }],
      ['Meet the 2 cyber security requirements expected now', ['cyber-security.x.a', 'cyber-security.x.b'], { source: 'BAND', band: 'HIGH' }],
    ]);
  });

  it('gives every shipped requirement a timing, and the register events where DfE names them', () => {
    for (const catalogue of CATALOGUES)
      for (const standard of catalogue.standards)
        for (const r of standard.requirements) expect(classifyTiming(standard.slug, r.timing)).toMatch(/^(NOW|BY_DATE|REGISTER|BUDGET|REVIEW|OCCASION)$/);
    const latest = CATALOGUES[CATALOGUES.length - 1]!;
    const classes = (slug: string) => latest.standards.find((s) => s.slug === slug)!.requirements.map((r) => classifyTiming(slug, r.timing));
    expect(classes('broadband-internet').filter((c) => c === 'REGISTER').length).toBeGreaterThanOrEqual(8);
    expect(classes('wireless-network')).toContain('REGISTER');
    expect(classes('network-switching')).toEqual(expect.arrayContaining(['REGISTER', 'REVIEW', 'BUDGET']));
    expect(standardTrigger('digital-accessibility')).toBeNull();
  });
});

describe('the budget', () => {
  it('puts one-off costs in the decision year and contracts in every year', () => {
    const entries = buildRoadmap({
      today: TODAY,
      financialYearStart: 9,
      open: [fibre, deviceRefresh, requirement({ code: 'cyber-security.x.now', standardSlug: 'cyber-security', costBand: 'MEDIUM' })],
      contracts: [contract()],
      kit: [laptops({ operatingSystem: null, purchaseDate: '2023-09-01' })],
    });
    const budget = budgetByYear({ entries, contracts: [contract()], today: TODAY, financialYearStart: 9, until: '2030-12-31' });
    expect(budget.years.map((y) => y.label)).toEqual(['2026/27', '2027/28', '2028/29', '2029/30', '2030/31']);
    // Laptops bought September 2023 are due September 2028; decided six months earlier, in 2027/28.
    expect(budget.years.map((y) => y.oneOffPence)).toEqual([0, 1_800_000, 0, 0, 0]);
    expect(budget.years.every((y) => y.recurringPence === 240_000)).toBe(true);
    expect(budget.years[0]!.bands).toEqual({ LOW: 0, MEDIUM: 1, HIGH: 0 });
  });
});

describe('contradictions', () => {
  it('names register facts that contradict a "met" answer', () => {
    const answers = new Map([
      ['laptops-desktops-and-tablets.spec.security-support', 'MET'],
      ['wireless-network.support.security-updates', 'MET'],
      ['network-switching.performance.port-speeds', 'MET'],
    ]);
    const kit: RoadmapKit[] = [
      laptops(),
      laptops({ id: 'k2', quantity: 5, operatingSystem: 'Windows 11' }),
      laptops({ id: 'ap', category: 'ACCESS_POINT', makeModel: 'Aruba AP-303', quantity: 12, operatingSystem: null, supportEnd: '2027-01-31' }),
      laptops({ id: 'sw', category: 'EDGE_SWITCH', makeModel: 'HP 2530', quantity: 4, operatingSystem: null, portSpeedMbps: 100 }),
    ];
    const found = findContradictions(answers, kit, TODAY);
    expect(found).toEqual([
      {
        requirementCode: 'laptops-desktops-and-tablets.spec.security-support',
        message: 'You answered met, but the register lists 40 laptops on Windows 10.',
        kitIds: ['k1'],
      },
      {
        requirementCode: 'network-switching.performance.port-speeds',
        message: 'You answered met, but the register lists 4 edge switches with ports slower than 1 Gbps.',
        kitIds: ['sw'],
      },
    ]);
    expect(findContradictions(new Map([['laptops-desktops-and-tablets.spec.security-support', 'PARTLY_MET']]), kit, TODAY)).toEqual([]);
  });
});

describe('the trust roll-up', () => {
  const school = (n: number, endDate: string, over: Partial<RoadmapContract> = {}) => {
    const c = contract({ id: `c${n}`, endDate, ...over });
    return {
      schoolId: `s${n}`,
      schoolName: `School ${n}`,
      entries: buildRoadmap({ today: TODAY, financialYearStart: 9, open: [fibre], contracts: [c], kit: [] }),
      contracts: [{ id: c.id, service: c.service, annualCostPence: c.annualCostPence, providedByTrust: c.providedByTrust }],
      contract: c,
    };
  };
  const factsOf = (schools: Array<ReturnType<typeof school>>) => ({
    contracts: new Map(schools.map((s) => [s.contract.id, { service: s.contract.service, endDate: s.contract.endDate }])),
    kit: new Map(),
  });

  it('finds schools whose contracts end close together, and leaves the trust’s own contracts out', () => {
    const schools = [
      school(1, '2027-04-30'),
      school(2, '2027-08-31'),
      school(3, '2027-06-30'),
      school(4, '2029-03-31'),
      school(5, '2027-05-31', { providedByTrust: true }),
    ];
    const [opportunity, ...rest] = procurementOpportunities(schools, factsOf(schools), TODAY);
    expect(rest).toEqual([]);
    expect(opportunity).toMatchObject({ kind: 'CONTRACT', schools: ['School 1', 'School 2', 'School 3'], from: '2027-04-30', to: '2027-08-31' });
    expect(opportunity!.sentence).toBe('3 schools’ broadband contracts end between 30 April 2027 and 31 August 2027.');
    expect(
      procurementOpportunities([school(1, '2027-04-30'), school(2, '2028-04-30')], factsOf([school(1, '2027-04-30'), school(2, '2028-04-30')]), TODAY),
    ).toEqual([]);
  });

  it('adds spend by year and category, counting a trust contract once', () => {
    const shared = contract({ id: 'trust', providedByTrust: true, annualCostPence: 1_000_000 });
    const schools = [1, 2].map((n) => ({
      schoolId: `s${n}`,
      schoolName: `School ${n}`,
      entries: buildRoadmap({
        today: TODAY,
        financialYearStart: 9,
        open: [deviceRefresh],
        contracts: [],
        kit: [laptops({ id: `k${n}`, operatingSystem: null, purchaseDate: '2023-09-01' })],
      }),
      contracts: [{ id: shared.id, service: shared.service, annualCostPence: shared.annualCostPence, providedByTrust: true }],
    }));
    const facts = { contracts: new Map(), kit: new Map(['k1', 'k2'].map((id) => [id, { category: 'LAPTOP' as const, quantity: 40 }])) };
    const rows = spendByYearAndCategory(schools, facts, ['2026/27', '2027/28'], 9, TODAY);
    expect(rows).toEqual([
      { category: 'Laptop', years: { '2026/27': 0, '2027/28': 3_600_000 }, total: 3_600_000 },
      { category: 'Broadband (recurring)', years: { '2026/27': 1_000_000, '2027/28': 1_000_000 }, total: 2_000_000 },
    ]);
  });
});

describe('the next big spend', () => {
  it('is the soonest register item of £1,000 or more, overdue kit included', () => {
    expect(nextBigSpend([contract()], [], TODAY)).toEqual({ day: '2027-05-31', pence: 240_000, what: 'Broadband contract', overdue: false });
    expect(nextBigSpend([contract()], [laptops()], TODAY)).toEqual({ day: '2025-10-14', pence: 1_800_000, what: '40 laptops', overdue: true });
    // Small items and ended contracts do not count.
    expect(
      nextBigSpend([contract({ annualCostPence: 50_000 }), contract({ endDate: '2026-01-31' })], [laptops({ quantity: 1, unitCostPence: 45_000 })], TODAY),
    ).toBeNull();
  });
});
