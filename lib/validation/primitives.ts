import { z } from 'zod';

// Shared field rules with messages a head teacher can act on.
export const emailField = z
  .string({ error: 'Enter an email address' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@school.org.uk' }));

export const personNameField = z
  .string({ error: 'Enter a name' })
  .trim()
  .min(1, 'Enter a name')
  .max(100, 'Name must be 100 characters or fewer');

export const PASSWORD_MIN_LENGTH = 12;
export const newPasswordField = z
  .string({ error: 'Enter a password' })
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'Password must be 200 characters or fewer');

export const idField = z.string().trim().min(1).max(64).regex(/^[a-z0-9]+$/i, 'Invalid identifier');

export function organisationNameField(what: string) {
  return z
    .string({ error: `Enter the ${what} name` })
    .trim()
    .min(2, `Enter the ${what} name`)
    .max(120, `The ${what} name must be 120 characters or fewer`);
}
