import { expect, test } from '@playwright/test';
import { giasCsv, giasRow, windows1252 } from '../support/gias-file';
import { expectNoSeriousA11yViolations, formAlert, uniqueUrn } from './support/helpers';
import { makeWorld, signInByCookie, withDatabase } from './support/world';

test('a trust admin onboards schools from a GIAS file: preview first, then confirm', async ({ page }) => {
  const world = await makeWorld('Gias');
  const trustName = await withDatabase(
    async (db) => (await db.query<{ name: string }>('SELECT name FROM "Trust" WHERE id = $1', [world.trustId])).rows[0]!.name,
  );
  const code = `E2E${uniqueUrn()}`;
  const [first, second, elsewhere] = [uniqueUrn(), uniqueUrn(), uniqueUrn()];
  const file = giasCsv([
    giasRow({ URN: first, EstablishmentName: 'Ysgol Glan Môr', 'Trusts (code)': code, 'Trusts (name)': trustName }),
    giasRow({ URN: second, EstablishmentName: 'St Mary’s Catholic Academy', 'Trusts (code)': code, 'Trusts (name)': trustName }),
    giasRow({ URN: elsewhere, EstablishmentName: 'Another Trust School', 'Trusts (code)': 'E2E-OTHER', 'Trusts (name)': 'Some Other Trust' }),
  ]);
  await signInByCookie(page.context(), world.people.TRUST_ADMIN);
  await page.goto(`/trusts/${world.trustId}`);
  await page.getByRole('link', { name: 'Import from GIAS' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import schools from GIAS' })).toBeVisible();

  // A file without GIAS's columns is refused, naming what is missing.
  await page
    .getByLabel('GIAS establishment file (CSV)')
    .setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Town\r\nOak,Leeds\r\n') });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await expect(formAlert(page)).toContainText('URN');
  await expectNoSeriousA11yViolations(page, 'GIAS upload with an error');

  // GIAS's Windows-1252 download, uploaded as it is.
  await page
    .getByLabel('GIAS establishment file (CSV)')
    .setInputFiles({ name: 'edubasealldata.csv', mimeType: 'text/csv', buffer: Buffer.from(windows1252(file)) });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check the import' })).toBeVisible();
  const toAdd = page.getByRole('table', { name: 'Schools to add' });
  await expect(toAdd.getByRole('rowheader', { name: /Ysgol Glan Môr/ })).toBeVisible();
  await expect(toAdd.getByRole('rowheader', { name: /St Mary’s Catholic Academy/ })).toBeVisible();
  await expect(toAdd).not.toContainText('Another Trust School');
  await expect(page.getByText('In another trust: 1')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'GIAS preview');
  // Nothing is written until the admin confirms.
  await page.goto(`/trusts/${world.trustId}`);
  await expect(page.getByRole('link', { name: 'Ysgol Glan Môr' })).toHaveCount(0);
  await page.goBack();

  // The preview says how long it can still be confirmed (two weeks; then upload again).
  await expect(page.getByText(/You can import this until \d{1,2} [A-Z][a-z]+ \d{4}/)).toBeVisible();
  await page.getByRole('button', { name: 'Import these schools' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import finished' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Import finished');
  await expect(page.getByText('2 schools added')).toBeVisible();
  await page.getByRole('link', { name: 'See the schools' }).click();
  await expect(page.getByRole('table').getByRole('link', { name: 'Ysgol Glan Môr' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('link', { name: 'St Mary’s Catholic Academy' })).toBeVisible();
});
