import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { SignInPage } from './pages/sign-in-page';
import { expectNoSeriousA11yViolations } from './support/helpers';

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), text: bytes.toString('utf8') };
}

// A score cell's link, found by its column header as a screen reader user finds it.
async function scoreLink(page: Page, row: Locator, standardTitle: string) {
  const headers = await page
    .getByRole('table', { name: /by standard/ })
    .locator('thead th')
    .allTextContents();
  const index = headers.findIndex((text) => text.includes(standardTitle));
  expect(index, standardTitle).toBeGreaterThan(0);
  return row.locator(':scope > th, :scope > td').nth(index).getByRole('link');
}

const schoolNames = (page: Page) => page.locator('table').first().locator('tbody th[scope="row"] a').allTextContents();

test('a trust CEO compares schools: sorts, filters, drills down and downloads the CSVs', async ({ page }) => {
  await new SignInPage(page).signInAs('ceo@waypoint.test');
  await page.getByRole('link', { name: 'Compare schools' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare schools' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'trust comparison');

  const table = page.getByRole('table', { name: /by standard/ });
  await expect(table.getByRole('rowheader', { name: /Riverside Primary Academy/ })).toBeVisible();
  // Riverside's demo data has a 2026/27 draft after completed cycles (other specs change Aire Valley).
  const riverside = table.getByRole('row', { name: /Riverside Primary Academy/ });
  await expect(riverside).toContainText('In progress');
  await expect(riverside).toContainText(/Last completed \d{1,2} [A-Z][a-z]{2} \d{4}/);
  await expect(table.getByRole('row', { name: /Trust average/ })).toBeVisible();
  // Strategy status beside the scores: the newest published version and when it is due for review.
  await expect(table.getByRole('columnheader', { name: 'Strategy' })).toBeVisible();
  await expect(riverside).toContainText(/Version \d+/);
  await expect(riverside).toContainText(/Review (by|overdue)/);
  await expect(page.getByRole('heading', { name: 'Progress over cycles' })).toBeVisible();
  await expect(page.getByRole('table', { name: /each cycle/ }).getByRole('columnheader', { name: '2024/25', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Fell back since their last cycle' })).toBeVisible();

  // Sort by cyber security, strongest first, and check the CSV comes out in the same order.
  await page.getByRole('link', { name: /^Cyber security\s*, select to sort/ }).click();
  await expect(page).toHaveURL(/sort=standard%3Acyber-security|sort=standard:cyber-security/);
  await expect(page.getByRole('columnheader', { name: /Cyber security\s*, sorted descending/ })).toHaveAttribute('aria-sort', 'descending');
  // That was a full page load, where the table comes once in the HTML and hydration keeps it.
  await page.waitForLoadState('networkidle');
  await expect(table.getByRole('rowheader', { name: /Riverside Primary Academy/ })).toBeVisible();
  const sortedOnScreen = await schoolNames(page);
  const matrix = await download(page, 'Download table (CSV)');
  expect(matrix.name).toMatch(/schools-by-standard\.csv$/);
  expect(matrix.text.charCodeAt(0)).toBe(0xfeff);
  const records = parse(matrix.text, { bom: true }) as string[][];
  const header = records[0]!;
  const cyber = header.indexOf('Cyber security score');
  expect(cyber).toBeGreaterThan(0);
  const body = records.slice(1, -1);
  expect(body.map((r) => r[0])).toEqual(sortedOnScreen);
  const scores = body
    .map((r) => r[cyber])
    .filter((v) => v !== '')
    .map(Number);
  expect(scores.length).toBeGreaterThanOrEqual(6);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(records.at(-1)![0]).toBe('Trust average');
  const riversideRecord = records.find((r) => r[0] === 'Riverside Primary Academy')!;
  expect(Number(riversideRecord[header.indexOf('Strategy version')])).toBeGreaterThanOrEqual(1);
  expect(riversideRecord[header.indexOf('Strategy review date')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // Filter to primaries.
  await page.getByLabel('Phase').selectOption({ label: 'Primary' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ schools that match the filters/)).toBeVisible();
  const primaries = await schoolNames(page);
  expect(primaries).toContain('Riverside Primary Academy');
  expect(primaries).not.toContain('Aire Valley Academy');
  expect(primaries).not.toContain('Calder High School');
  await expect(page).toHaveURL(/sort=standard/);

  // Drill down from a cell to that school's answers, and from a name to its overview.
  const firstCyber = await scoreLink(
    page,
    page
      .getByRole('table', { name: /by standard/ })
      .locator('tbody tr')
      .first(),
    'Cyber security',
  );
  await expect(firstCyber).toHaveAccessibleName(/^\d+ ?L\d$/);
  await firstCyber.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cyber security' })).toBeVisible();
  // Only the gaps, then back to the comparison as it was (filters and sort kept).
  const all = await page.locator('main ol > li').count();
  await page.getByRole('link', { name: 'Show only what is not met' }).click();
  await expect(page).toHaveURL(/gaps=1/);
  await expect.poll(() => page.locator('main ol > li').count()).toBeLessThan(all);
  await expect(page.locator('main ol > li').filter({ hasText: /^\d+\..*\bMet$/ })).toHaveCount(0);
  await page.getByRole('link', { name: '← Back to compare schools' }).click();
  await expect(page).toHaveURL(/\/comparison\?.*sort=standard/);
  await page
    .getByRole('region', { name: /School comparison table/ })
    .getByRole('link', { name: 'Riverside Primary Academy' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.goBack();

  // Work in progress: Riverside's draft scores fill its row, marked as a draft's, and the CSV says so.
  await expect(riverside).not.toContainText('Scores: draft');
  await (await scoreLink(page, riverside, 'Cyber security')).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cyber security' })).toBeVisible();
  const completedAnswers = new URL(page.url()).pathname;
  await page.goBack();
  await page.getByLabel('Scores from').selectOption({ label: 'Including work in progress' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/wip=1/);
  await expect(riverside).toContainText('Scores: draft');
  // Its cells open the draft's answers, where the scores came from.
  await (await scoreLink(page, riverside, 'Cyber security')).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cyber security' })).toBeVisible();
  expect(new URL(page.url()).pathname).not.toBe(completedAnswers);
  await expect(page.getByRole('link', { name: '← Back to compare schools' })).toHaveAttribute('href', /wip=1/);
  await page.goBack();
  await expectNoSeriousA11yViolations(page, 'trust comparison with work in progress');
  const live = parse((await download(page, 'Download table (CSV)')).text, { bom: true }) as string[][];
  const scoresFrom = live[0]!.indexOf('Scores from');
  expect(live.find((r) => r[0] === 'Riverside Primary Academy')![scoresFrom]).toBe('Draft in progress');

  // The board report is rendered by the background worker: the link answers "being prepared"
  // (and refreshes itself) until it is ready, then gives the PDF.
  const reportLink = page.getByRole('link', { name: 'Download board report (PDF)' });
  const reportHref = (await reportLink.getAttribute('href'))!;
  await expect.poll(async () => (await page.request.get(reportHref)).status(), { timeout: 30_000 }).toBe(200);
  const report = await page.request.get(reportHref);
  expect(report.headers()['content-type']).toBe('application/pdf');
  expect(report.headers()['content-disposition']).toMatch(/board-report-\d{4}-\d{2}-\d{2}\.pdf/);
  expect((await report.body()).subarray(0, 5).toString()).toBe('%PDF-');

  const gaps = await download(page, 'Download common gaps (CSV)');
  const gapRows = parse(gaps.text, { bom: true }) as string[][];
  expect(gapRows[0]!.slice(0, 3)).toEqual(['Requirement', 'Code', 'Standard']);
  expect(gapRows.length).toBeGreaterThan(10);
  const counts = gapRows.slice(1).map((r) => Number(r[4]));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});

test('nobody outside the trust reaches its comparison or CSVs', async ({ page, browser }) => {
  const ceoContext = await browser.newContext();
  const ceo = await ceoContext.newPage();
  await new SignInPage(ceo).signInAs('ceo@waypoint.test');
  await ceo.getByRole('link', { name: 'Compare schools' }).click();
  await expect(ceo.getByRole('heading', { level: 1, name: 'Compare schools' })).toBeVisible();
  const comparisonPath = new URL(ceo.url()).pathname;
  await ceoContext.close();

  for (const email of ['standalone.head@waypoint.test', 'head@waypoint.test', 'governor@waypoint.test']) {
    await page.context().clearCookies();
    await new SignInPage(page).signInAs(email);
    expect((await page.goto(comparisonPath))?.status(), email).toBe(404);
    for (const file of ['matrix.csv', 'gaps.csv']) {
      const response = await page.request.get(`${comparisonPath}/${file}`, { maxRedirects: 0 });
      expect(response.status(), `${email} ${file}`).toBe(404);
    }
  }
  const anonymousContext = await browser.newContext();
  const anonymous = await anonymousContext.request.get(`${comparisonPath}/matrix.csv`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers().location).toMatch(/\/sign-in$/);
  await anonymousContext.close();
});
