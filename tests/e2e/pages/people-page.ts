import { expect, type Page } from '@playwright/test';
import { latestMailTo, linkIn } from '../support/mailbox';

export class PeoplePage {
  constructor(private readonly page: Page) {}

  async invite(options: { email: string; name?: string; to?: string; role: string }) {
    const form = this.page.locator('form', { has: this.page.getByRole('button', { name: 'Send invitation' }) });
    await form.getByLabel('Email address').fill(options.email);
    if (options.name) await form.getByLabel('Name (optional)').fill(options.name);
    if (options.to) await form.getByLabel('Invite to').selectOption({ label: options.to });
    await form.getByLabel('Role').selectOption({ label: options.role });
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await expect(this.page.getByText(/Invitation created for/)).toBeVisible();
    // The link is not on the admin's page (it goes only to the invitee): read it from their mail.
    await expect(this.page.getByText(/We have emailed/)).toBeVisible();
    return linkIn(await latestMailTo(options.email, /on Waypoint$/), /^\/invite\//);
  }
}
