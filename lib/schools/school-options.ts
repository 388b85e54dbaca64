// Labels for the Get Information About Schools categories we store.
export const SCHOOL_PHASES = ['NURSERY', 'PRIMARY', 'MIDDLE', 'SECONDARY', 'ALL_THROUGH', 'SIXTEEN_PLUS', 'SPECIAL', 'ALTERNATIVE_PROVISION'] as const;
export type SchoolPhase = (typeof SCHOOL_PHASES)[number];

export const PHASE_LABEL: Record<SchoolPhase, string> = {
  NURSERY: 'Nursery',
  PRIMARY: 'Primary',
  MIDDLE: 'Middle',
  SECONDARY: 'Secondary',
  ALL_THROUGH: 'All-through',
  SIXTEEN_PLUS: '16 plus',
  SPECIAL: 'Special',
  ALTERNATIVE_PROVISION: 'Alternative provision',
};

export const SCHOOL_TYPES = [
  'ACADEMY_CONVERTER',
  'ACADEMY_SPONSOR_LED',
  'FREE_SCHOOL',
  'COMMUNITY',
  'FOUNDATION',
  'VOLUNTARY_AIDED',
  'VOLUNTARY_CONTROLLED',
  'SPECIAL',
  'PUPIL_REFERRAL_UNIT',
  'OTHER',
] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const TYPE_LABEL: Record<SchoolType, string> = {
  ACADEMY_CONVERTER: 'Academy converter',
  ACADEMY_SPONSOR_LED: 'Academy sponsor led',
  FREE_SCHOOL: 'Free school',
  COMMUNITY: 'Community school',
  FOUNDATION: 'Foundation school',
  VOLUNTARY_AIDED: 'Voluntary aided school',
  VOLUNTARY_CONTROLLED: 'Voluntary controlled school',
  SPECIAL: 'Special school',
  PUPIL_REFERRAL_UNIT: 'Pupil referral unit',
  OTHER: 'Other',
};
