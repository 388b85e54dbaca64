// Builds GIAS establishment extracts for tests and the benchmark: single rows by hand, or a
// national-sized file that is the same for the same seed.

// A slice of the real extract's columns, in its order (not ours), with columns we ignore in between.
export const GIAS_HEADER: string[] = [
  'URN',
  'LA (code)',
  'LA (name)',
  'EstablishmentNumber',
  'EstablishmentName',
  'TypeOfEstablishment (name)',
  'EstablishmentTypeGroup (name)',
  'EstablishmentStatus (name)',
  'OpenDate',
  'CloseDate',
  'PhaseOfEducation (name)',
  'SchoolCapacity',
  'NumberOfPupils',
  'Trusts (code)',
  'Trusts (name)',
  'Street',
  'Town',
  'Postcode',
  'HeadLastName',
];

export type GiasRowInput = Partial<Record<string, string>>;

let nextUrn = 140_000;

// An open academy converter in a trust; a fresh URN each call unless one is given.
export function giasRow(overrides: GiasRowInput = {}): GiasRowInput {
  const urn = String(nextUrn++);
  return {
    URN: urn,
    'LA (code)': '383',
    'LA (name)': 'Leeds',
    EstablishmentNumber: '2001',
    EstablishmentName: `Test Primary School ${urn}`,
    'TypeOfEstablishment (name)': 'Academy converter',
    'EstablishmentTypeGroup (name)': 'Academies',
    'EstablishmentStatus (name)': 'Open',
    OpenDate: '01-09-2015',
    CloseDate: '',
    'PhaseOfEducation (name)': 'Primary',
    SchoolCapacity: '420',
    NumberOfPupils: '398',
    'Trusts (code)': '16758',
    'Trusts (name)': 'Aire Valley Learning Trust',
    Street: 'School Lane',
    Town: 'Leeds',
    Postcode: 'LS1 4AP',
    HeadLastName: 'Okafor',
    ...overrides,
  };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function giasCsv(rows: GiasRowInput[], header: string[] = GIAS_HEADER): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(header.map((column) => csvCell(row[column] ?? '')).join(','));
  return lines.join('\r\n') + '\r\n';
}

// Windows-1252's own characters at 0x80 to 0x9F (five unassigned bytes keep their C1 code); the rest of 0xA0 to 0xFF is Latin-1.
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const CP1252_BYTE = new Map([...CP1252_HIGH].map((char, i) => [char.charCodeAt(0), 0x80 + i]));

export function windows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : CP1252_BYTE.get(code);
    if (byte === undefined) throw new Error(`Windows-1252 cannot encode ${JSON.stringify(text[i])} at ${i}`);
    bytes[i] = byte;
  }
  return bytes;
}

// mulberry32: small, fast and the same everywhere.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Bro Morgannwg',
  'Pont Siôn Norton',
  'Glan Ceubal',
  'Gwaelod-y-Garth',
  'Bryn Eliân',
  'Aire Valley',
  'Holy Trinity, Richmond',
  'Kingsmead',
  'Ashby',
  'Penrhôs',
];
const SCHOOL_NAMES = [
  (place: string) => `Ysgol Gymraeg ${place}`,
  (place: string) => `St Mary’s C of E Primary School, ${place}`,
  (place: string) => `${place} Primary Academy`,
  (place: string) => `${place} High School`,
  (place: string) => `The "${place}" Free School`,
  (place: string) => `Ysgol Gynradd ${place} – Campws Newydd`,
];
const TRUST_KINDS = ['Learning Trust', 'Multi Academy Trust', 'Catholic Academy Trust', 'Schools’ Partnership', 'Education Trust'];
const LOCAL_AUTHORITIES = ['Leeds', 'Camden', 'Cornwall', 'Herefordshire, County of', 'Bristol, City of', 'Kingston upon Hull, City of', 'Northumberland'];
const PHASES = ['Primary', 'Primary', 'Primary', 'Secondary', 'Secondary', 'Nursery', 'All-through', '16 plus', 'Middle deemed primary'];
const TRUST_TYPES = ['Academy converter', 'Academy converter', 'Academy sponsor led', 'Free schools', 'Academy special converter'];
const STANDALONE_TYPES = [
  'Community school',
  'Voluntary aided school',
  'Voluntary controlled school',
  'Foundation school',
  'Community special school',
  'Pupil referral unit',
];
const UNSUPPORTED_TYPES = ['Other independent school', 'Further education', 'Welsh establishment', 'Online provider'];

export function syntheticGiasExtract(count: number, options: { trusts?: number; seed?: number } = {}): string {
  const next = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  // Trust sizes are skewed, from 1 to about 80 schools, averaging about 27.
  const trustCount = Math.max(1, options.trusts ?? Math.round((count * 0.75) / 27));
  const trusts = Array.from({ length: trustCount }, (_, i) => ({
    code: String(10_000 + i),
    name: `${pick(PLACES)} ${pick(TRUST_KINDS)}`,
    weight: 1 + next() ** 2 * 80,
  }));
  const cumulative: number[] = [];
  let total = 0;
  for (const trust of trusts) cumulative.push((total += trust.weight));
  const pickTrust = () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return trusts[low];
  };

  const rows: GiasRowInput[] = [];
  for (let i = 0; i < count; i++) {
    const urn = String(100_000 + i);
    const roll = next();
    const status = roll < 0.78 ? 'Open' : roll < 0.8 ? 'Open, but proposed to close' : roll < 0.9 ? 'Closed' : roll < 0.95 ? 'Proposed to open' : 'Open';
    const trust = next() < 0.75 ? pickTrust() : undefined;
    const type = roll >= 0.95 ? pick(UNSUPPORTED_TYPES) : trust ? pick(TRUST_TYPES) : pick(STANDALONE_TYPES);
    const special = /special|referral/i.test(type);
    const place = pick(PLACES);
    rows.push({
      URN: urn,
      'LA (code)': String(200 + Math.floor(next() * 700)),
      'LA (name)': pick(LOCAL_AUTHORITIES),
      EstablishmentNumber: String(1000 + (i % 9000)),
      EstablishmentName: pick(SCHOOL_NAMES)(place),
      'TypeOfEstablishment (name)': type,
      'EstablishmentTypeGroup (name)': trust ? 'Academies' : 'Local authority maintained schools',
      'EstablishmentStatus (name)': status,
      OpenDate: status === 'Proposed to open' ? '01-09-2027' : '01-09-2012',
      CloseDate: status === 'Closed' ? '31-08-2020' : '',
      'PhaseOfEducation (name)': special ? 'Not applicable' : pick(PHASES),
      SchoolCapacity: String(100 + Math.floor(next() * 1500)),
      NumberOfPupils: next() < 0.1 ? '' : String(Math.floor(next() * 1400)),
      'Trusts (code)': trust?.code ?? '',
      'Trusts (name)': trust?.name ?? '',
      Street: `${1 + (i % 200)} Heol y Coleg`,
      Town: place,
      // Some postcodes as people type them, to exercise the normalising.
      Postcode: next() < 0.2 ? ` ls${1 + (i % 28)}   ${i % 10}ab ` : `LS${1 + (i % 28)} ${i % 10}AB`,
      HeadLastName: pick(['Jones', 'Ó Briain', 'Müller', 'Nguyen']),
    });
  }
  return giasCsv(rows);
}
