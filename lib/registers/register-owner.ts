// Who a register item belongs to, in one place: a school's own, or its trust's covering it (every
// school when coveredSchoolIds is empty, else the schools named). Pure; the query form of the same
// rule is registersOfSchool in ./list-registers.ts.

export function coversSchool(item: { schoolId: string | null; coveredSchoolIds: readonly string[] }, schoolId: string): boolean {
  return item.schoolId === schoolId || (item.schoolId === null && (item.coveredSchoolIds.length === 0 || item.coveredSchoolIds.includes(schoolId)));
}

/** The item, marked when the trust provides it. */
export function withProvider<T extends { trustId: string | null }>(item: T): T & { providedByTrust: boolean } {
  return { ...item, providedByTrust: item.trustId !== null };
}

/** The items of a trust-wide list that a school works from. */
export function itemsOfSchool<T extends { schoolId: string | null; coveredSchoolIds: readonly string[]; trustId: string | null }>(
  items: readonly T[],
  schoolId: string,
) {
  return items.filter((item) => coversSchool(item, schoolId)).map(withProvider);
}
