import { expect, type Page } from '@playwright/test';

export class AssessmentPage {
  constructor(private readonly page: Page) {}

  // Answers the first `count` questions of the open standard page; each saves itself, and this
  // waits until the page says everything is saved.
  async answer(values: string[]) {
    const questions = this.page.locator('form fieldset');
    for (const [index, value] of values.entries()) {
      await questions.nth(index).getByLabel(value, { exact: true }).check();
    }
    await this.saved();
  }

  async saved() {
    await expect(this.page.getByText('All changes saved')).toBeVisible();
  }

  // The whole-page Save button (what works without JavaScript).
  async save() {
    await this.page.getByRole('button', { name: 'Save answers', exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: /Saved \d+ answer|Nothing had changed/ })).toBeVisible();
  }

  async standardScore() {
    return (
      await this.page
        .locator('main')
        .getByText(/^\d+%$|^—$/)
        .first()
        .textContent()
    )?.trim();
  }
}
