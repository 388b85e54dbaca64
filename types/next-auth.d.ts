import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    // Present only while the session is still current (lib/auth/options.ts, session callback).
    actor?: { userId: string; email: string; name: string; isPlatformAdmin: boolean };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sessionVersion?: number;
  }
}
