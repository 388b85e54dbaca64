// A trust action's cost per school: the same for each, or a total shared out in whole pence
// (the first schools take the odd pence, so the parts always add up to the total).
export function shareCost(costPence: number | null, split: 'SHARED' | 'EACH', schools: number): Array<number | null> {
  if (costPence === null || schools === 0) return Array.from({ length: schools }, () => costPence);
  if (split === 'EACH') return Array.from({ length: schools }, () => costPence);
  const base = Math.floor(costPence / schools);
  const extra = costPence - base * schools;
  return Array.from({ length: schools }, (_, i) => base + (i < extra ? 1 : 0));
}
