// Demo organisations and people. Names and URNs are fictional.
export const DEMO_PASSWORD = 'waypoint-demo-2026';

export const DEMO_TRUST = { name: 'Northern Lights Learning Trust', companyNumber: '09876543' };

export const DEMO_TRUST_SCHOOLS = [
  { name: 'Riverside Primary Academy', urn: '148201', phase: 'PRIMARY', type: 'ACADEMY_CONVERTER', localAuthority: 'Leeds' },
  { name: 'Kirkgate Primary School', urn: '148202', phase: 'PRIMARY', type: 'ACADEMY_SPONSOR_LED', localAuthority: 'Leeds' },
  { name: 'Moorside Infant and Nursery School', urn: '148203', phase: 'PRIMARY', type: 'ACADEMY_CONVERTER', localAuthority: 'Bradford' },
  { name: 'Aire Valley Academy', urn: '148204', phase: 'SECONDARY', type: 'ACADEMY_CONVERTER', localAuthority: 'Bradford' },
  { name: 'Calder High School', urn: '148205', phase: 'SECONDARY', type: 'ACADEMY_SPONSOR_LED', localAuthority: 'Calderdale' },
  { name: 'Wharfedale All-Through Academy', urn: '148206', phase: 'ALL_THROUGH', type: 'FREE_SCHOOL', localAuthority: 'North Yorkshire' },
  { name: 'Beacon Hill Special School', urn: '148207', phase: 'SPECIAL', type: 'SPECIAL', localAuthority: 'Leeds' },
] as const;

export const DEMO_STANDALONE_SCHOOL = {
  name: 'St Aidan’s CE Primary School',
  urn: '121544',
  phase: 'PRIMARY',
  type: 'VOLUNTARY_AIDED',
  localAuthority: 'Cumbria',
} as const;

type DemoMembership = { tenant: 'trust' } | { tenant: 'school'; urn: string } | { tenant: 'standalone' };

export const DEMO_USERS: Array<{
  email: string;
  name: string;
  role: string;
  isPlatformAdmin?: boolean;
  memberships: Array<DemoMembership & { role: 'TRUST_ADMIN' | 'TRUST_VIEWER' | 'SCHOOL_LEADER' | 'SCHOOL_CONTRIBUTOR' | 'GOVERNOR' }>;
  // Outside advisers: let in by the school's leader for four months from the day of seeding.
  advises?: Array<DemoMembership & { access: 'READ' | 'CONTRIBUTE'; purpose: string }>;
}> = [
  { email: 'platform.admin@waypoint.test', name: 'Priya Shah', role: 'Platform admin', isPlatformAdmin: true, memberships: [] },
  { email: 'trust.admin@waypoint.test', name: 'Tom Hughes', role: 'Trust admin', memberships: [{ tenant: 'trust', role: 'TRUST_ADMIN' }] },
  { email: 'ceo@waypoint.test', name: 'Dr Helen Okafor', role: 'Trust viewer (CEO)', memberships: [{ tenant: 'trust', role: 'TRUST_VIEWER' }] },
  {
    email: 'head@waypoint.test',
    name: 'Sarah Bennett',
    role: 'School leader (head of Riverside Primary)',
    memberships: [{ tenant: 'school', urn: '148201', role: 'SCHOOL_LEADER' }],
  },
  {
    email: 'it.support@waypoint.test',
    name: 'Jamie Clarke',
    role: 'School contributor (IT support at Riverside Primary)',
    memberships: [{ tenant: 'school', urn: '148201', role: 'SCHOOL_CONTRIBUTOR' }],
  },
  {
    email: 'governor@waypoint.test',
    name: 'Margaret Ellis',
    role: 'Governor at Riverside Primary',
    memberships: [{ tenant: 'school', urn: '148201', role: 'GOVERNOR' }],
  },
  {
    email: 'secondary.head@waypoint.test',
    name: 'Daniel Wright',
    role: 'School leader (head of Aire Valley Academy)',
    memberships: [{ tenant: 'school', urn: '148204', role: 'SCHOOL_LEADER' }],
  },
  {
    email: 'standalone.head@waypoint.test',
    name: 'Fiona Marsh',
    role: 'School leader (head of St Aidan’s, a standalone school)',
    memberships: [{ tenant: 'standalone', role: 'SCHOOL_LEADER' }],
  },
  {
    email: 'multi@waypoint.test',
    name: 'Robert Kaur',
    role: 'Trust viewer of the trust and governor of St Aidan’s (switches between them)',
    memberships: [
      { tenant: 'trust', role: 'TRUST_VIEWER' },
      { tenant: 'standalone', role: 'GOVERNOR' },
    ],
  },
  {
    email: 'adviser@waypoint.test',
    name: 'Chris Adeyemi',
    role: 'Outside adviser: reads Riverside Primary, contributes at St Aidan’s (switches between them)',
    memberships: [],
    advises: [
      { tenant: 'school', urn: '148201', access: 'READ', purpose: 'Wireless survey and device refresh plan' },
      { tenant: 'standalone', access: 'CONTRIBUTE', purpose: 'Helping write the first digital strategy' },
    ],
  },
];
