import { expect, test } from '@playwright/test';
import { AssessmentPage } from './pages/assessment-page';
import { expectNoSeriousA11yViolations, formAlert } from './support/helpers';
import { addSchoolRecords, answerEverything, makeWorld, signInByCookie } from './support/world';

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

  // "Not applicable" reveals its reason at once and waits for it: not saved until it is given.
  const first = page.locator('form fieldset').first();
  await expect(first.getByLabel('Why it does not apply')).toHaveCount(0);
  await first.getByLabel('Not applicable', { exact: true }).check();
  await expect(first.getByLabel('Why it does not apply')).toBeVisible();
  await expect(first.getByText('Not saved yet')).toBeVisible();
  // The whole-page Save refuses it, naming the question, and nothing is saved.
  await page.getByRole('button', { name: 'Save answers', exact: true }).click();
  await expect(formAlert(page)).toContainText('Some answers need attention');
  await expect(formAlert(page)).toContainText(/Question 1, .*Say why this does not apply/);
  // Leaving now asks first; staying keeps the choice.
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('link', { name: 'Priorities', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Filtering and monitoring' })).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await page.reload();
  await expect(page.getByText(/^0 of \d+ answered$/)).toBeVisible();

  // Answers save as they are chosen: no button, and they are there after a reload.
  await assessment.answer(['Met', 'Met', 'Partly met', 'Not sure']);
  await page.reload();
  await expect(page.getByText(/^4 of \d+ answered$/)).toBeVisible();
  const firstScore = await assessment.standardScore();
  expect(firstScore).toMatch(/^\d+%$/);

  // Improving an answer raises the score, shown beside the save status at once.
  await assessment.answer(['Met', 'Met', 'Met', 'Met']);
  await expect(page.getByText(/This standard: \d+%/)).toBeVisible();
  // The whole-page Save still works (it is what there is without JavaScript).
  await assessment.save();
  await page.reload();
  const betterScore = await assessment.standardScore();
  expect(Number.parseInt(betterScore!, 10)).toBeGreaterThan(Number.parseInt(firstScore!, 10));

  // Second standard.
  await page.goto(cycleUrl);
  await page.getByRole('link', { name: 'Cyber security' }).first().click();
  await assessment.answer(['Met', 'Not met', 'Met']);
  // Chosen, then straight to another page: the answer is kept.
  // (If it is still saving, the page asks first; leaving sends it.)
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('form fieldset').nth(3).getByLabel('Met', { exact: true }).check();
  await page.getByRole('link', { name: 'Priorities', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Priorities' })).toBeVisible();
  await page.goBack();
  await expect(async () => {
    await page.reload();
    await expect(page.locator('form fieldset').nth(3).getByLabel('Met', { exact: true })).toBeChecked({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });

  // Priorities and the action plan follow from the gaps: the top 10 first, filters, and a mark
  // on what is already planned.
  await page.getByRole('link', { name: 'Priorities', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Priorities' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'priorities');
  await page.getByLabel('Your answer').selectOption({ label: 'Not met' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/answer=NOT_MET/);
  await expect(page.getByRole('status').filter({ hasText: /matching priorit/ })).toBeVisible();
  await expect(page.locator('main ol > li').first()).toContainText('Your answer: Not met');
  await page.getByRole('link', { name: 'Clear filters' }).click();
  const priority = page.locator('main ol > li').first();
  const priorityTitle = (await priority.locator('h3').textContent())!;
  await priority.getByRole('link', { name: /^Add to action plan/ }).click();
  await page.getByLabel('Estimated cost in pounds (optional)').fill('about a grand');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(formAlert(page)).toContainText('Enter the cost in pounds');
  await page.getByLabel('Estimated cost in pounds (optional)').fill('1500');
  await page.getByLabel('Or the owner’s name (optional)').fill('IT support');
  await page.getByLabel('Due date (optional)').fill('2020-01-31');
  await page.getByRole('button', { name: 'Add action' }).click();
  // Back at the same priority, now marked as planned.
  await expect(page).toHaveURL(new RegExp(`/schools/${world.schoolId}/priorities\\?added=`));
  await expect(page.getByText('Action added to the plan.')).toBeVisible();
  const planned = page.locator('main ol > li').filter({ hasText: priorityTitle }).first();
  await expect(planned.getByText('In the plan: due 31 Jan 2020')).toBeVisible();
  await expect(planned.getByRole('link', { name: /^Add to action plan/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Action plan', exact: true }).click();
  // The school had no actions before: this one is the only row, and it is overdue.
  const actions = page.getByRole('table', { name: 'Open actions' }).locator('tbody tr');
  await expect(actions).toHaveCount(1);
  await expect(actions.first()).toContainText('IT support');
  await expect(actions.first()).toContainText('Overdue');
  await expectNoSeriousA11yViolations(page, 'action plan');

  // Completing needs every requirement answered: the page lists what is missing, as links.
  await page.goto(cycleUrl);
  await page.getByRole('link', { name: 'Complete this cycle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /is not finished yet/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes, complete the cycle' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'cycle not finished');
  await page
    .getByRole('region', { name: /^Filtering and monitoring:/ })
    .getByRole('link', { name: /^Question 5:/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Filtering and monitoring' })).toBeVisible();
  await answerEverything(cycleUrl.split('/').pop()!);
  await page.goto(`${cycleUrl}/complete`);
  await expect(page.getByText(/Every requirement is answered/)).toBeVisible();
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
  await expect(page.getByText(/^(\d+) of \1 answered$/)).toBeVisible();
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

test('two people answer the same question: the later one sees who changed it and keeps their own answer', async ({ browser }) => {
  const world = await makeWorld('Answer conflict');
  const records = await addSchoolRecords(world);
  const standardPath = `/schools/${world.schoolId}/assessments/${records.draftId}/filtering-and-monitoring`;
  const [leaderContext, contributorContext] = [await browser.newContext(), await browser.newContext()];
  await signInByCookie(leaderContext, world.people.SCHOOL_LEADER);
  await signInByCookie(contributorContext, world.people.SCHOOL_CONTRIBUTOR);
  const [leader, contributor] = [await leaderContext.newPage(), await contributorContext.newPage()];
  // Both open the page before either answers.
  await leader.goto(standardPath);
  await contributor.goto(standardPath);
  const question = (page: typeof leader) => page.locator('form fieldset').nth(5);

  await question(contributor).getByLabel('Met', { exact: true }).check();
  await new AssessmentPage(contributor).saved();
  await question(leader).getByLabel('Not met', { exact: true }).check();
  await expect(question(leader).getByText(`Changed by ${world.people.SCHOOL_CONTRIBUTOR.name} to “Met”`)).toBeVisible();
  await expect(question(leader).getByLabel('Not met', { exact: true })).toBeChecked();
  await expect(leader.getByText(/Not saved: 1 question/)).toBeVisible();
  // Having seen it, the leader keeps their own answer.
  await question(leader)
    .getByRole('button', { name: /^Retry/ })
    .click();
  await new AssessmentPage(leader).saved();
  await contributor.reload();
  await expect(question(contributor).getByLabel('Not met', { exact: true })).toBeChecked();
  await leaderContext.close();
  await contributorContext.close();
});
