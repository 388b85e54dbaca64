import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// WCAG 2.2 AA rules; serious and critical findings fail the test, with the details printed.
export async function expectNoSeriousA11yViolations(page: Page, label: string) {
  // Next streams the <title>; scan once the page is complete.
  await expect(page).toHaveTitle(/Waypoint/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `accessibility problems on ${label}`).toEqual([]);
}

export function uniqueSuffix() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

export function uniqueUrn() {
  return String(700000 + Math.floor(Math.random() * 290000));
}

// Next.js keeps a role="alert" route announcer on every page; form errors are the others.
export function formAlert(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)');
}
