import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, formAlert } from './support/helpers';
import { addCompletedCycle, addContract, makeWorld, signInByCookie } from './support/world';

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Our kit');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['Type', 'Make / model', 'Qty', 'Date purchased', 'OS', 'Price each'];

test('a leader imports a kit spreadsheet: a bad row is reported, the fixed file imports, the roadmap dates it', async ({ page }) => {
  const world = await makeWorld('Registers');
  // Devices not met: the roadmap ties them to the next device purchase.
  await addCompletedCycle(world, { 'laptops-desktops-and-tablets': ['NOT_MET', 'NOT_MET', 'PARTLY_MET', 'NOT_MET'] });
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  await page.goto(`/schools/${world.schoolId}`);
  await page.getByRole('link', { name: 'Registers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registers' })).toBeVisible();
  await expect(page.getByText('No kit yet')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'empty registers');
  await page.getByRole('link', { name: 'Import a spreadsheet' }).click();

  // The template downloads as a real workbook.
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '(download the template)' }).nth(1).click()]);
  expect(template.suggestedFilename()).toBe('waypoint-kit-register-template.xlsx');

  await page.getByLabel('Kit (devices, network equipment, servers)').check();
  const bad = await workbook([
    HEADER,
    ['Laptop', 'Dell Latitude 3310', '40', '01/09/2020', 'Windows 10 Pro', '£450'],
    ['Laptop', 'HP ProBook 450', 'forty', '31/02/2021', 'Windows 11', '500'],
  ]);
  await page.getByLabel('Spreadsheet (.xlsx or .csv)').setInputFiles({ name: 'kit.xlsx', mimeType: XLSX, buffer: bad });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'problems found' })).toContainText('2 problems found, so nothing can be imported yet');
  const problems = page.getByRole('table', { name: 'Problems found in the file' });
  await expect(problems.getByRole('row', { name: /3 Qty Enter how many/ })).toBeVisible();
  await expect(problems.getByRole('row', { name: /3 Date purchased Enter the purchase date as a real date/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'import report with problems');

  await page.getByRole('link', { name: 'Upload the corrected file' }).click();
  await page.getByLabel('Kit (devices, network equipment, servers)').check();
  const good = await workbook([
    HEADER,
    ['Laptop', 'Dell Latitude 3310', '40', '01/09/2020', 'Windows 10 Pro', '£450'],
    ['Laptop', 'HP ProBook 450', '40', '28/02/2021', 'Windows 11', '500'],
  ]);
  await page.getByLabel('Spreadsheet (.xlsx or .csv)').setInputFiles({ name: 'kit.xlsx', mimeType: XLSX, buffer: good });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByText('Every row is fine.')).toBeVisible();
  await page.getByRole('button', { name: 'Import 2 kit lines' }).click();
  await expect(page.getByText('2 items imported.')).toBeVisible();
  const kit = page.getByRole('table', { name: 'Kit' });
  await expect(
    kit.getByRole('row', { name: /Dell Latitude 3310.*40.*Overdue since 14 October 2025: Windows 10 stops getting security updates/ }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Roadmap', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
  const entries = page.getByRole('table', { name: 'Roadmap: what to do, by when' });
  await expect(entries.getByRole('row', { name: /Replace 40 Dell Latitude 3310 laptops.*Overdue.*£18,000/ })).toBeVisible();
  await expect(entries.getByRole('row', { name: /Replace 40 HP ProBook 450 laptops/ })).toContainText('28 Aug 2025');
  await expect(page.getByRole('img', { name: /decisions overdue/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Financial years from September to August/ })).toContainText('2026/27');
  await expectNoSeriousA11yViolations(page, 'roadmap');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  // From an entry, an action with the decision date as its due date.
  await page.setViewportSize({ width: 1280, height: 900 });
  await entries
    .getByRole('row', { name: /Replace 40 HP ProBook 450 laptops/ })
    .getByRole('link', { name: 'Add to the action plan' })
    .click();
  await expect(page.getByLabel('Due date (optional)')).toHaveValue('2025-08-28');
});

test('governors read the registers but cannot change them; another school’s leader cannot see them', async ({ page }) => {
  const world = await makeWorld('RegistersRead');
  await signInByCookie(page.context(), world.people.GOVERNOR);
  await page.goto(`/schools/${world.schoolId}/registers`);
  await expect(page.getByRole('heading', { level: 1, name: 'Registers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add a contract' })).toHaveCount(0);
  expect((await page.goto(`/schools/${world.schoolId}/registers/contract/new`))?.status()).toBe(404);
  expect((await page.goto(`/schools/${world.schoolId}/registers/import`))?.status()).toBe(404);
  await page.context().clearCookies();
  await signInByCookie(page.context(), world.outsiders.leader);
  for (const path of ['registers', 'roadmap']) expect((await page.goto(`/schools/${world.schoolId}/${path}`))?.status()).toBe(404);
  expect((await page.request.get(`/schools/${world.schoolId}/registers/registers.xlsx`)).status()).toBe(404);
  expect((await page.request.get(`/trusts/${world.trustId}/roadmap`)).status()).toBe(404);
});

test('a contributor edits a contract, is told about a bad date, and deletes it after confirming', async ({ page }) => {
  const world = await makeWorld('RegistersEdit');
  await addContract(world, { service: 'BROADBAND', supplier: 'Openreach Schools', endDate: '2027-08-31', noticePeriod: 'P3M', annualCostPence: 240_000 });
  await signInByCookie(page.context(), world.people.SCHOOL_CONTRIBUTOR);
  await page.goto(`/schools/${world.schoolId}/registers`);
  await page.getByRole('table', { name: 'Contracts' }).getByRole('link', { name: 'Openreach Schools' }).click();
  await expect(page.getByLabel('Notice period (optional)')).toHaveValue('3 months');
  await page.getByLabel('Notice period (optional)').fill('a while');
  await page.getByLabel('Supplier').fill('Virgin Media Business');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(formAlert(page)).toContainText('Enter the notice period like 3 months, 90 days or 1 year');
  await expect(page.getByLabel('Supplier')).toHaveValue('Virgin Media Business');
  await expectNoSeriousA11yViolations(page, 'contract form with an error');
  await page.getByLabel('Notice period (optional)').fill('90 days');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Contract saved.')).toBeVisible();
  const contracts = page.getByRole('table', { name: 'Contracts' });
  await expect(contracts.getByRole('row', { name: /Virgin Media Business.*31 Aug 2027.*90 days.*£2,400/ })).toBeVisible();

  await contracts.getByRole('link', { name: 'Virgin Media Business' }).click();
  await page.getByRole('link', { name: 'Delete this item…' }).click();
  await expect(page.getByRole('heading', { name: 'Delete Virgin Media Business?' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete it' }).click();
  await expect(page.getByText('Item deleted.')).toBeVisible();
  await expect(page.getByText('No contracts yet')).toBeVisible();
});
