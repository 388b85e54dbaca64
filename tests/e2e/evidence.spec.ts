import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { simplePdf } from '../../lib/evidence/simple-pdf.ts';
import { expectNoSeriousA11yViolations, formAlert } from './support/helpers';
import { addDraftOnCatalogue, makeWorld, signInByCookie, withDatabase } from './support/world';

test('a leader uploads a backup test, links it to two questions, sees RPA readiness move and downloads the pack', async ({ page }) => {
  test.setTimeout(300_000);
  const world = await makeWorld('Evidence');
  const draftId = await addDraftOnCatalogue(world, '2026.12');
  // Every cyber security question answered met; last year's response plan is linked but expired.
  await withDatabase(async (db) => {
    await db.query(`UPDATE "Answer" SET "value" = 'MET' WHERE "assessmentId" = $1 AND "requirementCode" LIKE 'cyber-security.%'`, [draftId]);
    await db.query(
      `INSERT INTO "EvidenceItem" ("id", "schoolId", "kind", "title", "note", "producedOn", "validUntil", "updatedAt")
       VALUES ('e2eexpiredplan' || substr(md5($1), 1, 8), $1, 'NOTE', 'Response plan 2024', 'Kept in the office', '2024-09-01', '2025-09-01', now())`,
      [world.schoolId],
    );
    await db.query(
      `INSERT INTO "EvidenceLink" ("id", "evidenceId", "schoolId", "target") VALUES ('e2elink' || substr(md5($1), 1, 8), 'e2eexpiredplan' || substr(md5($1), 1, 8), $1, 'cyber-security.response.plan')`,
      [world.schoolId],
    );
  });
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);

  // Readiness before: nothing evidenced.
  await page.goto(`/schools/${world.schoolId}`);
  await expect(page.getByRole('heading', { name: /Evidence expired — review this answer/ })).toBeVisible();
  await page.getByRole('link', { name: 'Readiness', exact: true }).click();
  await expect(page.getByTestId('readiness-rpa-cyber-cover')).toHaveText(/^0 of 4 items evidenced, missing: Offline backups;/);
  await expectNoSeriousA11yViolations(page, 'readiness');

  // The expired plan flags its question.
  await page.goto(`/schools/${world.schoolId}/assessments/${draftId}/cyber-security`);
  const plan = page.locator('fieldset', { hasText: 'A cyber incident response plan' }).first();
  await expect(plan.getByText('Evidence expired — review this answer and add current evidence.')).toBeVisible();

  // Add evidence from the question itself.
  const restore = page.locator('fieldset', { hasText: 'Restores tested every term' }).first();
  await restore.getByRole('link', { name: 'Add evidence for Restores tested every term' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add evidence' })).toBeVisible();
  await expect(page.getByLabel('Restores tested every term')).toBeChecked();
  await expectNoSeriousA11yViolations(page, 'add evidence');

  // A program renamed as a PDF is refused, with the reason, and nothing is saved.
  const exe = Buffer.alloc(512);
  exe.write('MZ', 0);
  exe.write('PE\0\0', 128);
  exe[60] = 128;
  await page.getByLabel('Title').fill('Backup restore test, autumn term');
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'backup-test.pdf', mimeType: 'application/pdf', buffer: exe });
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await expect(formAlert(page)).toContainText('whatever its name says');
  await expect(page.getByLabel('Title')).toHaveValue('Backup restore test, autumn term');

  await page
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'backup-test.pdf', mimeType: 'application/pdf', buffer: Buffer.from(simplePdf(['Backup restore test', 'Result: pass'])) });
  await page.getByLabel('Valid until or review by (optional)').fill('2027-11-30');
  await page.getByLabel('At least one backup copy kept off site').check();
  await page.getByRole('button', { name: 'Add evidence' }).click();

  // Back on the question, with the evidence beside it.
  await expect(page).toHaveURL(new RegExp(`/assessments/${draftId}/cyber-security`));
  await expect(
    page.locator('fieldset', { hasText: 'Restores tested every term' }).first().getByRole('link', { name: 'Backup restore test, autumn term' }),
  ).toBeVisible();
  await expect(
    page.locator('fieldset', { hasText: 'At least one backup copy kept off site' }).first().getByRole('link', { name: 'Backup restore test, autumn term' }),
  ).toBeVisible();

  await page.goto(`/schools/${world.schoolId}/readiness`);
  await expect(page.getByTestId('readiness-rpa-cyber-cover')).toHaveText(/^1 of 4 items evidenced, missing: Yearly NCSC cyber training/);

  // The RPA pack: a zip with the contents page and the file.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('link', { name: 'Download the RPA cyber cover pack' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-rpa-cyber-cover-evidence-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  expect(new TextDecoder().decode(files['index.html'])).toContain('1 of 4 items evidenced');
  const pdf = Object.keys(files).find((name) => name.startsWith('evidence/'))!;
  expect(pdf).toBe('evidence/01-backup-restore-test-autumn-term.pdf');
  expect(Buffer.from(files[pdf]!).subarray(0, 5).toString()).toBe('%PDF-');

  // The Evidence page lists it, filters, and the file downloads.
  await page.goto(`/schools/${world.schoolId}/evidence?state=expired`);
  await expect(page.getByRole('link', { name: 'Response plan 2024' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Backup restore test, autumn term' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'evidence list');
  await page.goto(`/schools/${world.schoolId}/evidence`);
  await page.getByRole('link', { name: 'Backup restore test, autumn term' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download backup-test.pdf' }).click()]);
  expect(file.suggestedFilename()).toBe('backup-test.pdf');
  await expectNoSeriousA11yViolations(page, 'evidence item');

  // Deleting asks first.
  await page.getByRole('link', { name: 'Delete Backup restore test, autumn term' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Delete “Backup restore test, autumn term”?' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete evidence' }).click();
  await expect(page.getByText('Evidence deleted.')).toBeVisible();
});

test('training records: a leader imports a CSV and sees who still needs training', async ({ page }) => {
  const world = await makeWorld('Training');
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  await page.goto(`/schools/${world.schoolId}/training`);
  await expect(page.getByText('No training records yet')).toBeVisible();
  const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = recent.split('-');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'staff.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`Name,Role,Trained on\nSam Jones,Staff,${d}/${m}/${y}\nAlex Reid,Governor,\n`),
  });
  await page.getByRole('button', { name: 'Import people' }).click();
  await expect(page.getByText('2 added and 0 updated.')).toBeVisible();
  await expect(page.getByTestId('training-summary')).toHaveText('1 of 2 trained in the last year; 1 need training.');
  await expectNoSeriousA11yViolations(page, 'training records');
});
