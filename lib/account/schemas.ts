import { z } from 'zod';
import { isBreachedPassword } from '@/lib/auth/breached-passwords';
import { emailField, newPasswordField, personNameField } from '@/lib/validation/primitives';

// Kept out of newPasswordField so that the list (a file read) never reaches a client bundle. `when`
// stops it adding a second message to a password that is already too short.
const unbreachedPassword = newPasswordField.refine((value) => !isBreachedPassword(value), {
  error: 'This password is on a list of passwords known to attackers. Choose a different one',
  when: (payload) => payload.issues.length === 0,
});

export const UpdateProfileSchema = z.object({ name: personNameField });

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password').max(200),
    newPassword: unbreachedPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from your current one',
  });

export const AcceptInvitationSchema = z
  .object({
    token: z.string().min(1).max(100),
    name: personNameField,
    password: unbreachedPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  });

export const ForgotPasswordSchema = z.object({ email: emailField });

export const ResetPasswordSchema = z
  .object({
    token: z.string().min(1).max(100),
    password: unbreachedPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  });
