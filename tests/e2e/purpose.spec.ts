import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/helpers';
import { addPlanItem, addSchoolRecords, makeWorld, signInByCookie, withDatabase } from './support/world';

test('a leader names learning goals, links an action, and sees an unlinked purchase flagged', async ({ page }) => {
  const world = await makeWorld('Purpose');
  await addPlanItem(world, { title: 'Set up weekly retrieval quizzes', estimatedCostPence: 20_000 });
  await withDatabase((db) =>
    db.query(
      `INSERT INTO "KitItem" ("id", "schoolId", "category", "makeModel", "quantity", "unitCostPence", "coveredSchoolIds", "updatedAt")
       VALUES ('e2ekit' || substr(md5($1), 1, 10), $1, 'CHROMEBOOK', 'Acer Chromebook 511', 30, 25000, '{}', now())`,
      [world.schoolId],
    ),
  );
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  await page.goto(`/schools/${world.schoolId}`);
  await page.getByRole('link', { name: 'Purpose', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Purpose' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'purpose, no goals');

  // Start from three suggestions, then edit one into the school's words.
  await page.getByLabel('Better feedback').check();
  await page.getByLabel('Retrieval and practice').check();
  await page.getByLabel('Inclusion and access for pupils with SEND').check();
  await page.getByRole('button', { name: 'Add these goals' }).click();
  await expect(page.getByText('3 goals added.')).toBeVisible();
  await page.getByRole('link', { name: 'Change Retrieval and practice' }).click();
  // Wait for the goal's own page: the purpose page also has text naming "learning goal".
  await expect(page.getByRole('heading', { level: 1, name: 'Retrieval and practice' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Learning goal', exact: true }).fill('Remembering more');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '2. Remembering more' })).toBeVisible();
  await expect(page.getByTestId('empty-goals')).toContainText('Better feedback; Remembering more; Inclusion and access for pupils with SEND');

  // Both the action and the Chromebooks are asked what they serve.
  const unlinked = page.getByRole('region', { name: 'Which learning goal does this serve?' });
  await expect(unlinked.getByRole('link', { name: 'Set up weekly retrieval quizzes' })).toBeVisible();
  await expect(unlinked.getByRole('link', { name: '30 × chromebook: Acer Chromebook 511' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'purpose with goals');

  // Link the action from its own page.
  await unlinked.getByRole('link', { name: 'Set up weekly retrieval quizzes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit an action' })).toBeVisible();
  const purpose = page.getByRole('region', { name: 'Purpose' });
  await purpose.getByLabel('Remembering more').check();
  await purpose.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByText('Saved what it serves.')).toBeVisible();

  await page.goto(`/schools/${world.schoolId}/purpose`);
  await expect(
    page.getByRole('listitem').filter({ hasText: '2. Remembering more' }).getByRole('link', { name: 'Set up weekly retrieval quizzes' }),
  ).toBeVisible();
  // The Chromebooks still serve nothing named: most of the money.
  await expect(page.getByTestId('purpose-shares')).toHaveText('Of £7,700 costed: 3% serves learning goals, 0% is foundations, 97% serves nothing named yet.');
  await expect(
    page.getByRole('region', { name: 'Which learning goal does this serve?' }).getByRole('link', { name: '30 × chromebook: Acer Chromebook 511' }),
  ).toBeVisible();
});

test('a leader agrees the AI decisions, sees them drafted into the strategy, and reviews the cycle', async ({ page }) => {
  const world = await makeWorld('Review');
  await addSchoolRecords(world);
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);

  // AI decisions: safe answers are already chosen; the leader lets staff also draft feedback.
  await page.goto(`/schools/${world.schoolId}/strategy/ai`);
  await expect(page.getByRole('heading', { level: 1, name: 'AI decisions' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'AI decisions');
  await page.getByLabel('Drafting feedback, which the teacher checks and owns').check();
  await page.getByRole('button', { name: 'Save and write the AI section' }).click();
  await expect(page.getByText('Saved, and the strategy’s AI section now says what you decided.')).toBeVisible();
  const drafted = page.getByRole('region', { name: 'What the strategy says' });
  await expect(drafted).toContainText('We neither ban AI nor leave its use to chance.');
  await expect(drafted).toContainText('planning lessons, making resources and drafting feedback');
  await page.goto(`/schools/${world.schoolId}/strategy`);
  await expect(page.getByRole('textbox', { name: /Our stance on AI/ })).toHaveValue(/^We neither ban AI/);

  // The cycle's review: a platform rated without saying how widely it is used is refused, in place.
  await page.goto(`/schools/${world.schoolId}/purpose`);
  await page.getByRole('link', { name: 'Review this cycle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Review the .* cycle$/ })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'How did Better feedback do?' }).getByLabel('It helped a little').check();
  const platform = page.getByRole('group').filter({ has: page.getByRole('radiogroup', { name: /How did Broadband/ }) });
  await platform.getByLabel('It did not help').check();
  await page.getByRole('button', { name: 'Save the review' }).click();
  await expect(page.getByText('Enter the share of staff or classes using it').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'review with errors');
  await platform.getByLabel(/Used by what share/).fill('30');
  await page.getByRole('button', { name: 'Save the review' }).click();
  await expect(page.getByText('Review saved: 2 goals and platforms rated.')).toBeVisible();
  const review = page.getByRole('region', { name: /review found/ });
  await expect(review).toContainText('used by 30% of the staff or classes it is for');
  await expect(review).toContainText('(underused)');
});
