import { expect, test } from '@playwright/test';
import { AssessmentPage } from './pages/assessment-page';
import { SignInPage } from './pages/sign-in-page';
import { expectNoSeriousA11yViolations, formAlert } from './support/helpers';

test('a school leader assesses two standards, completes the cycle and starts the next one', async ({ page }) => {
  await new SignInPage(page).signInAs('secondary.head@waypoint.test');
  await expect(page.getByText('No self-assessment yet')).toBeVisible();
  await page.getByRole('link', { name: 'Self-assessment', exact: true }).click();
  await expectNoSeriousA11yViolations(page, 'assessment start');
  await page.getByRole('button', { name: 'Start a new cycle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /cycle$/ })).toBeVisible();
  const cycleUrl = page.url();
  await expectNoSeriousA11yViolations(page, 'assessment cycle');

  // First standard: filtering and monitoring, where the bar starts empty.
  await page.getByRole('link', { name: 'Filtering and monitoring' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Filtering and monitoring' })).toBeVisible();
  const assessment = new AssessmentPage(page);
  await expect(page.getByText(/^0 of \d+ answered$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'standard form');

  // "Not applicable" without a reason is refused and nothing is saved.
  await assessment.answer(['Not applicable']);
  await page.getByRole('button', { name: 'Save answers', exact: true }).click();
  await expect(formAlert(page)).toContainText('Some answers need attention');
  await expect(formAlert(page)).toContainText('Say why this does not apply');
  await page.reload();
  await expect(page.getByText(/^0 of \d+ answered$/)).toBeVisible();

  await assessment.answer(['Met', 'Met', 'Partly met', 'Not sure']);
  await assessment.save();
  await page.reload();
  await expect(page.getByText(/^4 of \d+ answered$/)).toBeVisible();
  const firstScore = await assessment.standardScore();
  expect(firstScore).toMatch(/^\d+%$/);

  // Improving an answer raises the score.
  await assessment.answer(['Met', 'Met', 'Met', 'Met']);
  await assessment.save();
  await page.reload();
  const betterScore = await assessment.standardScore();
  expect(Number.parseInt(betterScore!, 10)).toBeGreaterThan(Number.parseInt(firstScore!, 10));

  // Second standard.
  await page.goto(cycleUrl);
  await page.getByRole('link', { name: 'Cyber security' }).first().click();
  await assessment.answer(['Met', 'Not met', 'Met']);
  await assessment.save();

  // Priorities and the action plan follow from the gaps.
  await page.getByRole('link', { name: 'Priorities', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Priorities' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'priorities');
  await page.getByRole('link', { name: /^Add to action plan/ }).first().click();
  await page.getByLabel('Estimated cost in pounds (optional)').fill('about a grand');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(formAlert(page)).toContainText('Enter the cost in pounds');
  await page.getByLabel('Estimated cost in pounds (optional)').fill('1500');
  await page.getByLabel('Owner (optional)').fill('IT support');
  await page.getByLabel('Due date (optional)').fill('2020-01-31');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByText('Action saved.')).toBeVisible();
  await expect(page.getByText('Overdue').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'action plan');

  // Complete the cycle.
  await page.goto(cycleUrl);
  await page.getByRole('link', { name: 'Complete this cycle' }).click();
  await expect(page.getByText(/still unanswered/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'complete confirmation');
  await page.getByRole('button', { name: 'Yes, complete the cycle' }).click();
  await expect(page.getByText(/cycle is complete/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Complete this cycle' })).toHaveCount(0);

  // The next cycle starts from these answers.
  await page.getByRole('link', { name: 'Self-assessment', exact: true }).click();
  await page.getByRole('button', { name: 'Start a new cycle' }).click();
  await expect(page).not.toHaveURL(cycleUrl);
  await page.getByRole('link', { name: 'Filtering and monitoring' }).first().click();
  await expect(page.getByText(/^4 of \d+ answered$/)).toBeVisible();
  await expect(page.locator('form fieldset').first().getByLabel('Met', { exact: true })).toBeChecked();
});

test('a governor sees the completed summary but cannot reach the draft', async ({ page, browser }) => {
  // The head finds the draft's address.
  const headContext = await browser.newContext();
  const head = await headContext.newPage();
  await new SignInPage(head).signInAs('head@waypoint.test');
  await head.getByRole('link', { name: 'Self-assessment', exact: true }).click();
  const draftHref = await head.getByRole('link', { name: '2026/27', exact: true }).getAttribute('href');
  await headContext.close();

  await new SignInPage(page).signInAs('governor@waypoint.test');
  await expect(page.getByText('2025/26 cycle completed')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Priorities', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Action plan' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Self-assessment', exact: true }).click();
  await expect(page.getByRole('link', { name: '2025/26', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '2026/27', exact: true })).toHaveCount(0);
  const response = await page.goto(draftHref!);
  expect(response?.status()).toBe(404);
  const schoolPath = draftHref!.split('/assessments/')[0]!;
  for (const path of [`${schoolPath}/priorities`, `${schoolPath}/plan`, `${schoolPath}/plan/new`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
