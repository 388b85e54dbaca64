import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import { cookies, headers } from 'next/headers';
import AzureADProvider from 'next-auth/providers/azure-ad';
import CredentialsProvider from 'next-auth/providers/credentials';
import GoogleProvider from 'next-auth/providers/google';
import { recordSecurityEvent } from '@/lib/audit/record-security-event';
import { prisma } from '@/lib/db/prisma';
import { env } from '@/lib/env';
import { requestContext, requestContextFrom } from '@/lib/http/request-context';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { authenticateWithPassword } from './authenticate';
import { LINK_INTENT_COOKIE, decodeLinkIntent } from './link-intent';
import { identityFromClaims } from './provider-identity';
import { findLinkedUserId, providerPolicy, providerSignIn } from './provider-sign-in';
import { authSecret } from './secret';
import { readSessionToken, sessionCookieName } from './session-token';

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

function identityProviders(): NextAuthOptions['providers'] {
  const e = env();
  const providers: NextAuthOptions['providers'] = [];
  if (e.AZURE_AD_CLIENT_ID && e.AZURE_AD_CLIENT_SECRET && e.AZURE_AD_TENANT_ID) {
    providers.push(
      AzureADProvider({
        name: 'Microsoft',
        clientId: e.AZURE_AD_CLIENT_ID,
        clientSecret: e.AZURE_AD_CLIENT_SECRET,
        tenantId: e.AZURE_AD_TENANT_ID,
      }),
    );
  }
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    providers.push(
      GoogleProvider({
        clientId: e.GOOGLE_CLIENT_ID,
        clientSecret: e.GOOGLE_CLIENT_SECRET,
        // Only a hint to Google's account chooser; the returned token's hd claim is what is checked.
        authorization: e.GOOGLE_HOSTED_DOMAIN ? { params: { hd: e.GOOGLE_HOSTED_DOMAIN } } : undefined,
      }),
    );
  }
  return providers;
}

export function enabledIdentityProviders(): Array<{ id: string; name: string }> {
  return identityProviders().map((provider) => ({ id: provider.id, name: provider.name }));
}

export function authOptions(): NextAuthOptions {
  const e = env();
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: e.NEXTAUTH_URL.startsWith('https://'),
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const result = await authenticateWithPassword({
            email: credentials?.email ?? '',
            password: credentials?.password ?? '',
            ...requestContextFrom(req?.headers),
          });
          // next-auth passes a thrown message back to the sign-in form as `error`.
          if (!result.ok) throw new Error(result.message);
          return { id: result.user.id, email: result.user.email, name: result.user.name };
        },
      }),
      ...identityProviders(),
    ],
    callbacks: {
      // Also guards next-auth's callback-url cookie, which anyone can set to anything: a value
      // that is not a path on this site sends the person home rather than elsewhere (or to a 500).
      async redirect({ url, baseUrl }) {
        const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
        return new URL(safeRedirectPath(path, baseUrl), baseUrl).toString();
      },
      // A provider identity signs in only through a link made once, while signed in or while
      // accepting an invitation (docs/decisions/003-identity-provider-linking.md); never by email.
      async signIn({ account, profile }) {
        if (account?.provider === 'credentials') return true;
        const jar = await cookies();
        const intent = decodeLinkIntent(jar.get(LINK_INTENT_COOKIE)?.value);
        jar.delete(LINK_INTENT_COOKIE);
        // Who is signed in in this browser right now (the provider round trip keeps the cookie).
        const signedIn = await readSessionToken(jar.get(sessionCookieName())?.value);
        const result = await providerSignIn(
          account?.provider ?? '',
          profile as Record<string, unknown> | undefined,
          intent,
          await requestContext(headers),
          signedIn,
        );
        return result.ok ? true : `/sign-in?error=${result.error}`;
      },
      async jwt({ token, user, account, profile }) {
        if (user && account) {
          let userId: string | null = null;
          if (account.provider === 'credentials') {
            userId = user.id;
          } else {
            const read = identityFromClaims(account.provider, profile as Record<string, unknown> | undefined, providerPolicy());
            userId = read.ok ? await findLinkedUserId(read.identity) : null;
          }
          const dbUser = userId ? await prisma.user.findUnique({ where: { id: userId }, select: { id: true, sessionVersion: true } }) : null;
          // No user means no session: an empty subject never matches anyone (lib/auth/session.ts).
          token.sub = dbUser?.id ?? '';
          token.sessionVersion = dbUser?.sessionVersion ?? -1;
        }
        return token;
      },
      // The database decides whether a session still counts: after a sign-out or password change
      // its sessionVersion has moved on, and a copied cookie gets an empty session, here and on
      // /api/auth/session alike.
      async session({ session, token }) {
        const user = token.sub
          ? await prisma.user.findUnique({
              where: { id: token.sub },
              select: { id: true, email: true, name: true, isPlatformAdmin: true, sessionVersion: true },
            })
          : null;
        if (!user || user.sessionVersion !== token.sessionVersion) return { expires: session.expires };
        return {
          expires: session.expires,
          user: { name: user.name, email: user.email },
          actor: { userId: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin },
        };
      },
    },
    events: {
      // Signing out ends every session of that person on the server, not only this cookie: a
      // copied cookie stops working at once.
      async signOut({ token }) {
        if (!token?.sub) return;
        const ended = await prisma.user.updateMany({
          where: { id: token.sub, sessionVersion: typeof token.sessionVersion === 'number' ? token.sessionVersion : -1 },
          data: { sessionVersion: { increment: 1 } },
        });
        if (ended.count === 1) await recordSecurityEvent('auth.signed_out', { userId: token.sub, ...(await requestContext(headers)) });
        // A link started and abandoned in this browser must not outlive the session.
        await cookies()
          .then((jar) => jar.delete(LINK_INTENT_COOKIE))
          .catch(() => {});
      },
    },
  };
}
