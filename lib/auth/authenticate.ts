import 'server-only';
import { recordSecurityEvent } from '@/lib/audit/record-security-event';
import { prisma } from '@/lib/db/prisma';
import { SignInSchema } from './schemas';
import { burnPasswordCheck, verifyPassword } from './password';
import { clearAttempts, countAttempt } from './throttle';
import { failureMessage, pausedMessage } from './throttle-policy';

export const WRONG_CREDENTIALS = 'The email or password is not right. Check them and try again.';

export type AuthenticationResult = { ok: true; user: { id: string; email: string; name: string } } | { ok: false; message: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// `address` is the client address as lib/http/request-context.ts found it (null when unknown).
export async function authenticateWithPassword(input: {
  email: string;
  password: string;
  address: string | null;
  userAgent?: string | null;
}): Promise<AuthenticationResult> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Enter your email address and password.' };
  const { email, password } = parsed.data;
  const subject = { email, address: input.address };
  const context = { email, address: input.address, userAgent: input.userAgent ?? null };

  const { counted, decision } = await countAttempt(subject);
  if (!decision.allowed) {
    await recordSecurityEvent('auth.sign_in_refused', context);
    return { ok: false, message: pausedMessage(decision.retryAfterMs) };
  }
  if (decision.delayMs > 0) await sleep(decision.delayMs);

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);

  if (!user || !valid) {
    await recordSecurityEvent('auth.sign_in_failed', { ...context, userId: user?.id ?? null });
    return { ok: false, message: failureMessage(WRONG_CREDENTIALS, counted) };
  }

  await clearAttempts(subject);
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordSecurityEvent('auth.signed_in', { ...context, userId: user.id });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
