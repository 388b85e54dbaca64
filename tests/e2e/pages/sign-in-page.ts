import { expect, type Page } from '@playwright/test';
import { formAlert } from '../support/helpers';
import { DEMO_PASSWORD } from '../../../prisma/demo-data.ts';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/sign-in');
    await expect(this.page.getByRole('heading', { name: 'Sign in to Waypoint' })).toBeVisible();
  }

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel('Email address').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  // Signs in and waits for the person's home page: its heading appears only once redirects are done.
  async signInAs(email: string, password = DEMO_PASSWORD) {
    await this.goto();
    await this.signIn(email, password);
    await expect(this.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(this.page.locator('main h1')).toBeVisible();
    await expect(this.page).not.toHaveURL(/\/sign-in/);
  }

  error() {
    return formAlert(this.page);
  }
}
