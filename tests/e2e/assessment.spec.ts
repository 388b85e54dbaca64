import { expect, test } from '@playwright/test';
import { AssessmentPage } from './pages/assessment-page';
import { expectNoSeriousA11yViolations, formAlert } from './support/helpers';
import { addSchoolRecords, makeWorld, signInByCookie } from './support/world';

test('a school leader assesses two standards, completes the cycle and starts the next one', async ({ page }) => {
  // A school of its own with no cycle yet: the leader starts the first one from scratch.
  const world = await makeWorld('Assessment');
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  await page.goto(`/schools/${world.schoolId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByText('No self-assessment yet')).toBeVisible();
  await page.getByRole('link', { name: 'Self-assessment', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Start your first self-assessment' })).toBeVisible();
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
  await page
    .getByRole('link', { name: /^Add to action plan/ })
    .first()
    .click();
  await page.getByLabel('Estimated cost in pounds (optional)').fill('about a grand');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(formAlert(page)).toContainText('Enter the cost in pounds');
  await page.getByLabel('Estimated cost in pounds (optional)').fill('1500');
  await page.getByLabel('Owner (optional)').fill('IT support');
  await page.getByLabel('Due date (optional)').fill('2020-01-31');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page).toHaveURL(new RegExp(`/schools/${world.schoolId}/plan\\?saved=1$`));
  await expect(page.getByText('Action saved.')).toBeVisible();
  // The school had no actions before: this one is the only row, and it is overdue.
  const actions = page.getByRole('table', { name: 'Open actions' }).locator('tbody tr');
  await expect(actions).toHaveCount(1);
  await expect(actions.first()).toContainText('IT support');
  await expect(actions.first()).toContainText('Overdue');
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
  await expect(page.getByRole('heading', { name: 'Start this year’s review' })).toBeVisible();
  await page.getByRole('button', { name: 'Start a new cycle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /cycle$/ })).toBeVisible();
  await expect(page).not.toHaveURL(cycleUrl);
  await page.getByRole('link', { name: 'Filtering and monitoring' }).first().click();
  await expect(page.getByText(/^4 of \d+ answered$/)).toBeVisible();
  await expect(page.locator('form fieldset').first().getByLabel('Met', { exact: true })).toBeChecked();
});

test('a governor sees the completed summary but cannot reach the draft', async ({ page, browser }) => {
  // A school with a completed 2024/25 cycle and a 2025/26 draft.
  const world = await makeWorld('Governor view');
  const records = await addSchoolRecords(world);
  const schoolPath = `/schools/${world.schoolId}`;
  const draftHref = `${schoolPath}/assessments/${records.draftId}`;

  // The leader sees the draft listed at that address.
  const leaderContext = await browser.newContext();
  const leader = await leaderContext.newPage();
  await signInByCookie(leaderContext, world.people.SCHOOL_LEADER);
  await leader.goto(`${schoolPath}/assessments`);
  await expect(leader.getByRole('link', { name: '2025/26', exact: true })).toHaveAttribute('href', draftHref);
  await leaderContext.close();

  await signInByCookie(page.context(), world.people.GOVERNOR);
  await page.goto(schoolPath);
  await expect(page.getByText('2024/25 cycle completed')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Priorities', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Action plan' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Self-assessment', exact: true }).click();
  await expect(page.getByRole('link', { name: '2024/25', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '2025/26', exact: true })).toHaveCount(0);
  // The completed cycle opens; the draft does not exist for a governor.
  await page.getByRole('link', { name: '2024/25', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '2024/25 cycle' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Complete this cycle' })).toHaveCount(0);
  const response = await page.goto(draftHref);
  expect(response?.status()).toBe(404);
  for (const path of [`${schoolPath}/priorities`, `${schoolPath}/plan`, `${schoolPath}/plan/new`, `${draftHref}/complete`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
