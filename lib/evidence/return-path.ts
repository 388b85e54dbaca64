// Where a form goes back to after saving: only a page of the same school's self-assessment,
// readiness or evidence, so the address cannot be pointed anywhere else.
const RETURNABLE = /^\/schools\/([a-z0-9]{1,40})\/(assessments|readiness|evidence|training)(\/[A-Za-z0-9._%-]{1,80}){0,4}(\?[A-Za-z0-9=&%:._-]{0,200})?$/;

export function returnPath(schoolId: string, back: string | null | undefined): string | null {
  if (!back) return null;
  const match = RETURNABLE.exec(back);
  return match && match[1] === schoolId ? back : null;
}
