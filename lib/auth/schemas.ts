import { z } from 'zod';
import { emailField } from '@/lib/validation/primitives';

export const SignInSchema = z.object({
  email: emailField,
  password: z.string().min(1, 'Enter your password').max(200),
});
