// Demo registers, so the roadmap shows something real on first start: a trust-wide broadband
// contract ending next summer, a trust filtering contract, aging switches and access points, and
// a batch of Windows 10 laptops at Riverside Primary.
import type { PrismaClient } from '../lib/generated/prisma/client.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The 31 August at least six months ahead: "next summer" whenever the demo is loaded. */
function nextSummerEnd(now: Date): string {
  const year = now.getUTCMonth() >= 2 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return `${year}-08-31`;
}

export async function seedDemoRegisters(prisma: PrismaClient, input: { trustId: string; schools: ReadonlyMap<string, string>; now?: Date }) {
  const summer = nextSummerEnd(input.now ?? new Date());
  const riverside = input.schools.get('148201')!;
  await prisma.contract.createMany({
    data: [
      {
        trustId: input.trustId,
        service: 'BROADBAND',
        supplier: 'Yorkshire Schools Network',
        covers: '1 Gbps leased lines to every school, with a 4G backup router',
        startDate: day(`${Number(summer.slice(0, 4)) - 3}-09-01`),
        endDate: day(summer),
        noticePeriod: 'P3M',
        annualCostPence: 2_880_000,
      },
      {
        trustId: input.trustId,
        service: 'FILTERING',
        supplier: 'SafeWeb Education',
        endDate: day('2028-03-31'),
        noticePeriod: 'P90D',
        annualCostPence: 540_000,
        autoRenews: true,
      },
      {
        schoolId: riverside,
        service: 'IT_SUPPORT',
        supplier: 'Pennine IT Services',
        endDate: day('2027-03-31'),
        noticePeriod: 'P2M',
        annualCostPence: 960_000,
        covers: 'Two days a week on site, remote help desk',
      },
      { schoolId: riverside, service: 'MIS', supplier: 'Arbor Education', endDate: day('2028-08-31'), noticePeriod: 'P6M', annualCostPence: 310_000 },
    ],
  });
  await prisma.kitItem.createMany({
    data: [
      {
        schoolId: riverside,
        category: 'LAPTOP',
        makeModel: 'Dell Latitude 3310',
        quantity: 40,
        location: 'Laptop trolleys',
        purchaseDate: day('2020-09-01'),
        operatingSystem: 'Windows 10 Pro',
        unitCostPence: 45_000,
      },
      {
        schoolId: riverside,
        category: 'CHROMEBOOK',
        makeModel: 'Acer Chromebook 314',
        quantity: 60,
        purchaseDate: day('2023-09-01'),
        supportEnd: day('2031-06-01'),
        operatingSystem: 'ChromeOS',
        unitCostPence: 28_000,
      },
      {
        schoolId: riverside,
        category: 'EDGE_SWITCH',
        makeModel: 'HPE Aruba 2530-48G',
        quantity: 6,
        location: 'Comms cabinets',
        purchaseDate: day('2016-07-01'),
        supportEnd: day('2027-06-30'),
        portSpeedMbps: 1000,
        uplinkMbps: 1000,
        poe: true,
        unitCostPence: 180_000,
      },
      {
        schoolId: riverside,
        category: 'ACCESS_POINT',
        makeModel: 'Aruba AP-303',
        quantity: 18,
        purchaseDate: day('2018-08-01'),
        supportEnd: day('2027-01-31'),
        wifiGeneration: '5',
        unitCostPence: 42_000,
      },
      {
        schoolId: riverside,
        category: 'SERVER',
        makeModel: 'Dell PowerEdge T340',
        quantity: 1,
        location: 'Server room',
        purchaseDate: day('2019-08-01'),
        operatingSystem: 'Windows Server 2016',
        unitCostPence: 450_000,
      },
      {
        trustId: input.trustId,
        category: 'FIREWALL',
        makeModel: 'Fortinet FortiGate 100F',
        quantity: 1,
        location: 'Trust data centre',
        purchaseDate: day('2022-04-01'),
        supportEnd: day('2029-04-01'),
        unitCostPence: 600_000,
      },
    ],
  });
}
