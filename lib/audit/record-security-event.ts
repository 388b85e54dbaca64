import 'server-only';
import { prisma } from '@/lib/db/prisma';

export type SecurityEvent =
  | 'auth.signed_in'
  | 'auth.sign_in_failed'
  | 'auth.sign_in_refused'
  | 'auth.signed_out'
  | 'auth.provider_linked'
  | 'auth.provider_refused'
  | 'auth.password_check_failed'
  | 'auth.provider_unlinked'
  | 'auth.password_reset_requested'
  | 'access.denied';

export type SecurityContext = {
  userId?: string | null;
  email?: string | null;
  address?: string | null;
  userAgent?: string | null;
  // Where the refused record lives, so that tenant's admins see the probing in their own log.
  trustId?: string | null;
  schoolId?: string | null;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, string | null>;
};

// Security events happen outside any change's transaction (a failed sign-in changes nothing), so
// they are written on their own. Never pass a password or token here.
export async function recordSecurityEvent(event: SecurityEvent, context: SecurityContext): Promise<void> {
  await prisma.auditEvent.create({
    data: {
      actorId: context.userId ?? null,
      actorEmail: context.email ?? null,
      event,
      trustId: context.trustId ?? null,
      schoolId: context.schoolId ?? null,
      targetType: context.targetType ?? 'User',
      targetId: context.targetId ?? context.userId ?? context.email ?? 'unknown',
      after: {
        address: context.address ?? null,
        userAgent: context.userAgent?.slice(0, 300) ?? null,
        ...context.detail,
      },
    },
  });
}
