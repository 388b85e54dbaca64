import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { pdfInfo, pdfPageToPng } from '../support/pdf';
import { expectNoSeriousA11yViolations, formAlert } from './support/helpers';
import { addCompletedCycle, addContract, addPlanItem, addSchoolRecords, makeWorld, signInByCookie, withDatabase, worldNames } from './support/world';

const SECTION_HEADINGS = [
  'Vision and educational purpose',
  'Where we stand',
  'Our priorities',
  'Action plan',
  'Roadmap and budget',
  'Artificial intelligence: our stance and rules',
  'Roles and responsibilities',
  'Review',
];

// PDF text breaks lines where the layout wraps them; compare texts with whitespace collapsed.
const flat = (text: string) => text.replace(/\s+/g, ' ');

test('a leader writes and publishes the strategy; a governor downloads the PDF', async ({ page, browser }, testInfo) => {
  // A school with a completed cycle (three gaps in broadband) and one action, and no strategy yet.
  const world = await makeWorld('Strategy');
  await addCompletedCycle(world, {
    'broadband-internet': ['MET', 'MET', 'PARTLY_MET', 'MET', 'NOT_MET', 'NOT_SURE'],
    'filtering-and-monitoring': ['MET', 'MET', 'MET'],
  });
  await addPlanItem(world, {
    title: 'Add a backup broadband line with automatic failover',
    ownerName: 'School business manager',
    dueDate: '2027-03-31',
    estimatedCostPence: 180000,
  });
  // A broadband contract in the register: the roadmap dates the broadband gaps from it.
  await addContract(world, { service: 'BROADBAND', supplier: 'Openreach Schools', endDate: '2027-08-31', noticePeriod: 'P3M', annualCostPence: 240_000 });
  // A pupils' chatbot in the AI register that fails the filtering standard: the PDF names it for governors.
  await withDatabase((db) =>
    db.query(
      `INSERT INTO "AiTool" ("id", "schoolId", "name", "usedBy", "pupilAges", "checks", "updatedAt")
       VALUES ('e2eaitool' || substr(md5($1), 1, 10), $1, 'Quizbot', 'PUPILS'::"AiToolUsers", 'Year 6', '{"filtering":"NOT_MET"}', now())`,
      [world.schoolId],
    ),
  );
  // A learning goal: the strategy opens with purpose.
  await withDatabase((db) =>
    db.query(
      `INSERT INTO "LearningGoal" ("id", "schoolId", "title", "success", "measure", "position", "updatedAt")
       VALUES ('e2egoal' || substr(md5($1), 1, 10), $1, 'Retrieval and practice', 'Pupils remember more of what they learn.', 'Low-stakes quiz scores each half term.', 1, now())`,
      [world.schoolId],
    ),
  );
  const names = await worldNames(world);
  const schoolName = names.school.name;
  const schoolPath = `/schools/${world.schoolId}`;

  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  await page.goto(schoolPath);
  await page.getByRole('link', { name: 'Strategy', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Digital strategy' })).toBeVisible();
  // Starting text comes from the assessment; the vision is the school's own.
  await expect(page.getByText('The school has no completed self-assessment yet')).toHaveCount(0);
  const priorities = page.getByLabel('Priorities, one per line, most important first');
  await expect(priorities).not.toHaveValue('');
  await expect(priorities).toHaveValue(/Backup internet line \(Broadband internet\)/);
  await expect(page.getByLabel('What the assessment tells us (optional)')).toHaveValue(/Our 2024\/25 self-assessment/);
  await expect(page.getByLabel('Our vision')).toHaveValue('');
  await expectNoSeriousA11yViolations(page, 'strategy editor');

  // Too long a vision is refused with the section named, and nothing typed is lost.
  await page.getByLabel('Our vision').fill('x'.repeat(4001));
  await page.getByLabel('Digital lead').fill('Amira Shah');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(formAlert(page)).toContainText('Vision and educational purpose must be 4,000 characters or fewer');
  await expect(page.getByLabel('Digital lead')).toHaveValue('Amira Shah');

  const vision = `Every pupil at ${schoolName} leaves us a confident, safe and creative user of technology, and every teacher has the tools to teach well.`;
  await page.getByLabel('Our vision').fill(vision);
  await page.getByLabel('Governor with oversight').fill('Margaret Ellis');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await expect(page.getByLabel('Our vision')).toHaveValue(vision);

  // The governor sees no draft.
  const governorContext = await browser.newContext();
  const governor = await governorContext.newPage();
  await signInByCookie(governorContext, world.people.GOVERNOR);
  await governor.goto(schoolPath);
  await governor.getByRole('link', { name: 'Strategy', exact: true }).click();
  await expect(governor.getByText('No strategy published yet')).toBeVisible();
  await expect(governor.getByText(vision)).toHaveCount(0);
  await expect(governor.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  expect(new URL(governor.url()).pathname).toBe(`${schoolPath}/strategy`);
  expect((await governor.goto(`${schoolPath}/strategy/publish`))?.status()).toBe(404);

  await page.getByRole('button', { name: 'Save and review for publishing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Publish version 1' })).toBeVisible();
  // The version is built on the completed cycle.
  await expect(page.getByText(/Scores from the 2024\/25 self-assessment/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'publish strategy');
  await page.getByRole('button', { name: 'Yes, publish version 1' }).click();
  await expect(page.getByText('Version 1 is published.')).toBeVisible();

  // The governor's home is the strategy: on a phone, its download is one full-width button.
  await governor.setViewportSize({ width: 390, height: 844 });
  await governor.goto('/');
  await expect(governor).toHaveURL(new RegExp(`${schoolPath}/strategy$`));
  await expect(governor.getByRole('heading', { level: 2, name: /^Version 1, published \d{1,2} [A-Z][a-z]+ \d{4}$/ })).toBeVisible();
  await expect(governor.getByText(/Next review by \d{1,2} [A-Z][a-z]+ \d{4}\./)).toBeVisible();
  await expectNoSeriousA11yViolations(governor, 'published strategy');
  expect(await governor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // Once the background job has rendered it, the button says how long it is.
  await expect(async () => {
    await governor.reload();
    await expect(governor.getByRole('link', { name: /^Download the strategy \(PDF, \d+ pages\)$/ })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const button = governor.getByRole('link', { name: /^Download the strategy/ });
  expect((await button.boundingBox())!.width).toBeGreaterThan(300);
  const shownPages = Number(/(\d+) pages/.exec((await button.textContent())!)![1]);
  const [download] = await Promise.all([governor.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe(`${schoolName.replace(/[^A-Za-z0-9]+/g, '-')}-digital-strategy-v1.pdf`);
  const pdf = await readFile((await download.path())!);
  const { pages, title, language } = await pdfInfo(pdf);
  const text = flat(pages.join('\n'));
  expect(title).toBe(`${schoolName}: digital strategy, version 1`);
  expect(language).toBe('en-GB');
  expect(flat(pages[0]!)).toContain(schoolName);
  expect(pages[0]).toContain('Version 1');
  expect(flat(pages[0]!)).toContain(names.trust);
  for (const heading of SECTION_HEADINGS) expect(text).toContain(heading);
  expect(text).toContain(`Every pupil at ${schoolName} leaves us`);
  // The first section names the learning goals, with the vision.
  const visionPage = pages.findIndex((p) => flat(p).includes(`Every pupil at ${schoolName} leaves us`));
  expect(flat(pages[visionPage]!)).toContain('Our learning goals');
  expect(flat(pages[visionPage]!)).toContain('1. Retrieval and practice');
  expect(flat(pages[visionPage]!)).toContain('How we will know: Low-stakes quiz scores each half term.');
  expect(text).toContain('Add a backup broadband line with automatic failover');
  expect(text).toContain('Backup internet line');
  expect(text).toContain('2024/25');
  expect(text).toContain('Margaret Ellis');
  // The roadmap's budget table, with the contract's yearly cost, and its decision from the notice period.
  expect(text).toContain('Budget by financial year');
  expect(text).toMatch(/2026\/27 £\S+ £2,400/);
  expect(text).toContain('Decide what replaces the broadband contract with Openreach Schools');
  expect(text).toContain('31 May 2027');
  // The AI register as it stood, with what the failing tool does not meet.
  expect(text).toContain('AI tools we use');
  expect(text).toMatch(/Quizbot.*Pupils only \(Year 6\).*Fails a check: does not meet: filtering/);
  expect(pages.at(-1)).toMatch(new RegExp(`Page ${pages.length} of ${pages.length}`));
  expect(shownPages).toBe(pages.length);

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
  // A school with a published version 1.
  const world = await makeWorld('Strategy reach');
  await addSchoolRecords(world);
  const schoolPath = `/schools/${world.schoolId}`;
  const trustPath = `/trusts/${world.trustId}`;

  // The trust's CEO reads the published strategy but cannot edit it; the files are there.
  await signInByCookie(page.context(), world.people.TRUST_VIEWER);
  await page.goto(`${schoolPath}/strategy`);
  await expect(page.getByRole('heading', { level: 1, name: 'Digital strategy' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Version 1, published/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  expect((await page.request.get(`${schoolPath}/strategy/versions/1/pdf`, { maxRedirects: 0 })).status()).toBe(200);
  expect((await page.request.get(`${trustPath}/strategies.zip`, { maxRedirects: 0 })).status()).toBe(200);

  // A leader of a school in another trust, and that trust's admin, reach none of it.
  for (const outsider of [world.outsiders.leader, world.outsiders.trustAdmin]) {
    await signInByCookie(page.context(), outsider);
    expect((await page.goto(`${schoolPath}/strategy`))?.status(), outsider.name).toBe(404);
    expect((await page.request.get(`${schoolPath}/strategy/versions/1/pdf`, { maxRedirects: 0 })).status(), outsider.name).toBe(404);
    expect((await page.request.get(`${trustPath}/strategies.zip`, { maxRedirects: 0 })).status(), outsider.name).toBe(404);
  }
});

test('the strategy saves itself, asks before unsaved text is left behind, and refuses a past review date', async ({ page }) => {
  const world = await makeWorld('Strategy autosave');
  await addSchoolRecords(world);
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  const strategyPath = `/schools/${world.schoolId}/strategy`;
  await page.goto(strategyPath);
  const budget = page.getByLabel('Budget summary (optional)');
  await budget.fill('Funded from the devolved capital budget.');
  // Still in the field, so not saved yet: following a tab link asks first, and staying keeps it.
  await expect(page.getByText('Not saved yet', { exact: true })).toBeVisible();
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('link', { name: 'Action plan', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${strategyPath}$`));
  await expect(budget).toHaveValue('Funded from the devolved capital budget.');
  // Leaving the field saves the draft, with no button.
  await page.getByLabel('Digital lead').focus();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Budget summary (optional)')).toHaveValue('Funded from the devolved capital budget.');

  // A review date in the past cannot be published: the editor and the publish page say so, linked to the field.
  await page.getByLabel('Next review by').fill('2021-07-31');
  await page.getByRole('button', { name: 'Save and review for publishing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Publish version/ })).toBeVisible();
  const problem = page.getByRole('link', { name: /The next review date must be after today/ });
  await expect(problem).toBeVisible();
  await expect(page.getByRole('button', { name: /^Yes, publish/ })).toHaveCount(0);
  await problem.click();
  await expect(page).toHaveURL(new RegExp(`${strategyPath}#reviewDate$`));
  await expect(page.getByRole('region', { name: 'Before you can publish' })).toContainText('The next review date must be after today');
});
