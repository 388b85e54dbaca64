import { expect, type Page } from '@playwright/test';

export class AssessmentPage {
  constructor(private readonly page: Page) {}

  // Answers the first `count` questions of the open standard page.
  async answer(values: string[]) {
    const questions = this.page.locator('form fieldset');
    for (const [index, value] of values.entries()) {
      await questions.nth(index).getByLabel(value, { exact: true }).check();
    }
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save answers', exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: /Saved \d+ answer/ })).toBeVisible();
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
