import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { SignInSchema } from './schemas';
import { burnPasswordCheck, verifyPassword } from './password';
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure } from './throttle';
import { lockedOutMessage } from './throttle-policy';

export const WRONG_CREDENTIALS = 'The email or password is not right. Check them and try again.';

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; message: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function authenticateWithPassword(input: {
  email: string;
  password: string;
  ip: string | null;
}): Promise<AuthenticationResult> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Enter your email address and password.' };
  const { email, password } = parsed.data;
  const subject = { email, ip: input.ip };

  const decision = await checkSignInThrottle(subject);
  if (!decision.allowed) return { ok: false, message: lockedOutMessage(decision.retryAfterMs) };
  if (decision.delayMs > 0) await sleep(decision.delayMs);

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);

  if (!user || !valid) {
    await recordSignInFailure(subject);
    const after = await checkSignInThrottle(subject);
    return { ok: false, message: after.allowed ? WRONG_CREDENTIALS : lockedOutMessage(after.retryAfterMs) };
  }

  await clearSignInFailures(email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
