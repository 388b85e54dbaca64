import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import AzureADProvider from 'next-auth/providers/azure-ad';
import CredentialsProvider from 'next-auth/providers/credentials';
import GoogleProvider from 'next-auth/providers/google';
import { prisma } from '@/lib/db/prisma';
import { env } from '@/lib/env';
import { authenticateWithPassword } from './authenticate';

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

function clientIp(headers: unknown): string | null {
  const get = (name: string): string | null => {
    if (!headers) return null;
    if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
    const value = (headers as Record<string, string | string[] | undefined>)[name];
    return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
  };
  // The first x-forwarded-for hop is the client as the load balancer saw it.
  return get('x-forwarded-for')?.split(',')[0]?.trim() || get('x-real-ip') || null;
}

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
    secret: e.NEXTAUTH_SECRET ?? 'waypoint-development-secret-not-for-production',
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
            ip: clientIp(req?.headers),
          });
          // next-auth passes a thrown message back to the sign-in form as `error`.
          if (!result.ok) throw new Error(result.message);
          return { id: result.user.id, email: result.user.email, name: result.user.name };
        },
      }),
      ...identityProviders(),
    ],
    callbacks: {
      // Identity-provider sign-in is for people who already have a Waypoint account (by invitation).
      async signIn({ user, account }) {
        if (account?.provider === 'credentials') return true;
        const email = user.email?.toLowerCase();
        if (!email) return '/sign-in?error=NoEmail';
        const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
        return existing ? true : '/sign-in?error=NotInvited';
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          const email = (user.email ?? '').toLowerCase();
          const dbUser = await prisma.user.update({
            where: { email },
            data: { lastSignInAt: new Date() },
            select: { id: true, sessionVersion: true },
          });
          token.sub = dbUser.id;
          token.sessionVersion = dbUser.sessionVersion;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sessionVersion };
      },
    },
  };
}
