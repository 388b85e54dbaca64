import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { pdfInfo, pdfPageToPng } from '../support/pdf';
import { SignInPage } from './pages/sign-in-page';
import { expectNoSeriousA11yViolations, formAlert } from './support/helpers';

const SECTION_HEADINGS = [
  'Vision and educational purpose',
  'Where we stand',
  'Our priorities',
  'Action plan',
  'Budget',
  'Artificial intelligence: our stance and rules',
  'Roles and responsibilities',
  'Review',
];

test('a leader writes and publishes the strategy; a governor downloads the PDF', async ({ page, browser }, testInfo) => {
  await new SignInPage(page).signInAs('head@waypoint.test');
  await page.getByRole('link', { name: 'Strategy', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Digital strategy' })).toBeVisible();
  // Starting text comes from the assessment; the vision is the school's own.
  await expect(page.getByLabel('Priorities, one per line, most important first')).not.toHaveValue('');
  await expectNoSeriousA11yViolations(page, 'strategy editor');

  // Too long a vision is refused with the section named, and nothing typed is lost.
  await page.getByLabel('Our vision').fill('x'.repeat(4001));
  await page.getByLabel('Digital lead').fill('Amira Shah');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(formAlert(page)).toContainText('Vision and educational purpose must be 4,000 characters or fewer');
  await expect(page.getByLabel('Digital lead')).toHaveValue('Amira Shah');

  const vision = 'Every pupil at Riverside leaves us a confident, safe and creative user of technology, and every teacher has the tools to teach well.';
  await page.getByLabel('Our vision').fill(vision);
  await page.getByLabel('Governor with oversight').fill('Margaret Ellis');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await expect(page.getByLabel('Our vision')).toHaveValue(vision);

  // The governor sees no draft.
  const governorContext = await browser.newContext();
  const governor = await governorContext.newPage();
  await new SignInPage(governor).signInAs('governor@waypoint.test');
  await governor.getByRole('link', { name: 'Strategy', exact: true }).click();
  await expect(governor.getByText('No strategy published yet')).toBeVisible();
  await expect(governor.getByText(vision)).toHaveCount(0);
  await expect(governor.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  const schoolPath = new URL(governor.url()).pathname.replace(/\/strategy$/, '');
  expect((await governor.goto(`${schoolPath}/strategy/publish`))?.status()).toBe(404);

  await page.getByRole('button', { name: 'Save and review for publishing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Publish version 1' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'publish strategy');
  await page.getByRole('button', { name: 'Yes, publish version 1' }).click();
  await expect(page.getByText('Version 1 is published.')).toBeVisible();

  await governor.goto(`${schoolPath}/strategy`);
  await expect(governor.getByRole('rowheader', { name: /v1/ })).toBeVisible();
  await expectNoSeriousA11yViolations(governor, 'published strategies');
  const [download] = await Promise.all([governor.waitForEvent('download'), governor.getByRole('link', { name: /Download PDF/ }).click()]);
  expect(download.suggestedFilename()).toBe('Riverside-Primary-Academy-digital-strategy-v1.pdf');
  const pdf = await readFile((await download.path())!);
  const { pages, title, language } = await pdfInfo(pdf);
  const text = pages.join('\n');
  expect(title).toBe('Riverside Primary Academy: digital strategy, version 1');
  expect(language).toBe('en-GB');
  expect(pages[0]).toContain('Riverside Primary Academy');
  expect(pages[0]).toContain('Version 1');
  expect(pages[0]).toContain('Northern Lights Learning Trust');
  for (const heading of SECTION_HEADINGS) expect(text).toContain(heading);
  expect(text).toContain('Every pupil at Riverside leaves us');
  expect(text).toContain('Add a backup broadband line with automatic failover');
  expect(text).toContain('Margaret Ellis');
  expect(pages.at(-1)).toMatch(new RegExp(`Page ${pages.length} of ${pages.length}`));

  // Every page renders to an image; the first two are kept for people to look at.
  for (let n = 1; n <= pages.length; n++) {
    const png = await pdfPageToPng(pdf, n, n <= 2 ? 1.5 : 0.5);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    if (n <= 2) await writeFile(testInfo.outputPath(`strategy-page-${n}.png`), png);
  }

  // The same version downloads as the same file.
  const again = await governor.request.get(`${schoolPath}/strategy/versions/1/pdf`);
  expect(Buffer.from(await again.body()).equals(pdf)).toBe(true);
  await governorContext.close();
});

test('nobody outside the school reaches its strategy or its PDFs', async ({ page }) => {
  await new SignInPage(page).signInAs('standalone.head@waypoint.test');
  const own = new URL(page.url()).pathname;
  expect(own).toMatch(/^\/schools\//);
  // Riverside's id, found from the trust CEO's view, is out of reach for this head.
  const ceo = await page.context().browser()!.newContext();
  const ceoPage = await ceo.newPage();
  await new SignInPage(ceoPage).signInAs('ceo@waypoint.test');
  await ceoPage.getByRole('link', { name: 'Riverside Primary Academy' }).first().click();
  await expect(ceoPage.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const riverside = new URL(ceoPage.url()).pathname;
  await ceoPage.goto(`${riverside}/strategy`);
  await expect(ceoPage.getByRole('heading', { level: 1, name: 'Digital strategy' })).toBeVisible();
  await expect(ceoPage.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  const trustPath = (await ceoPage.getByRole('link', { name: 'Northern Lights Learning Trust' }).first().getAttribute('href'))!;
  await ceo.close();

  expect((await page.goto(`${riverside}/strategy`))?.status()).toBe(404);
  expect((await page.request.get(`${riverside}/strategy/versions/1/pdf`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await page.request.get(`${trustPath}/strategies.zip`, { maxRedirects: 0 })).status()).toBe(404);
});
