import 'server-only';
import { z } from 'zod';

// Optional pairs: an identity provider is switched on only when all its variables are set.
const optional = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z.string().url('DATABASE_URL must be a postgresql:// URL'),
    NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters').optional(),
    NEXTAUTH_URL: z.string().url().default('http://localhost:3000'),
    AZURE_AD_CLIENT_ID: optional,
    AZURE_AD_CLIENT_SECRET: optional,
    AZURE_AD_TENANT_ID: optional,
    GOOGLE_CLIENT_ID: optional,
    GOOGLE_CLIENT_SECRET: optional,
    // With AZURE_AD_TENANT_ID "common" or "organizations": the Entra tenant ids that may sign in,
    // comma-separated. Tokens from any other tenant are refused.
    AZURE_AD_ALLOWED_TENANT_IDS: optional,
    // Google Workspace domain that may sign in, e.g. "example-academy.org.uk" (checked in the token).
    GOOGLE_HOSTED_DOMAIN: optional,
    // How many proxies in front of the app append to X-Forwarded-For (read by scripts/server/app-server.mjs).
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // Outgoing mail: smtp://user:pass@host:587 or smtps://…; without it, messages are written as
    // .eml files to WAYPOINT_MAIL_DIR (default .data/mail) for development.
    SMTP_URL: z
      .string()
      .trim()
      .transform((value) => (value === '' ? undefined : value))
      .optional()
      .refine((value) => value === undefined || /^smtps?:\/\/[^\s]+$/.test(value), 'SMTP_URL must start with smtp:// or smtps://'),
    MAIL_FROM: optional,
    WAYPOINT_MAIL_DIR: optional,
    // Set by `npm start` for the embedded demo: a production build that may write mail to the folder.
    WAYPOINT_DEMO: z.enum(['0', '1']).default('0'),
    // Evidence files go to S3-compatible object storage (AWS S3, MinIO…) when all five are set,
    // else into PostgreSQL (lib/storage). S3_FORCE_PATH_STYLE=1 for servers without bucket subdomains.
    S3_ENDPOINT: optional,
    S3_BUCKET: optional,
    S3_REGION: optional,
    S3_ACCESS_KEY_ID: optional,
    S3_SECRET_ACCESS_KEY: optional,
    S3_FORCE_PATH_STYLE: z.enum(['0', '1']).default('1'),
    // Evidence a school may keep, in megabytes (files only; links and notes take no room).
    EVIDENCE_QUOTA_MB: z.coerce.number().int().min(1).max(1_000_000).default(1024),
    // "1" makes the database client report every SQL statement to onQuery() listeners, for the
    // query-count tests. Off in normal running.
    WAYPOINT_QUERY_EVENTS: z.enum(['0', '1']).default('0'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.WAYPOINT_DEMO !== '1') {
      if (!env.SMTP_URL)
        ctx.addIssue({
          code: 'custom',
          path: ['SMTP_URL'],
          message: 'SMTP_URL is required in production, so that invitations and password resets reach people',
        });
      if (!env.MAIL_FROM)
        ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'MAIL_FROM is required in production, e.g. "Waypoint <no-reply@example.org>"' });
    }
    if (env.NODE_ENV === 'production' && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['NEXTAUTH_SECRET'], message: 'NEXTAUTH_SECRET is required in production' });
    }
    const azure = [env.AZURE_AD_CLIENT_ID, env.AZURE_AD_CLIENT_SECRET, env.AZURE_AD_TENANT_ID];
    if (azure.some(Boolean) && !azure.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['AZURE_AD_CLIENT_ID'],
        message: 'Microsoft Entra ID sign-in needs AZURE_AD_CLIENT_ID, AZURE_AD_CLIENT_SECRET and AZURE_AD_TENANT_ID',
      });
    }
    const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (env.AZURE_AD_TENANT_ID && !guid.test(env.AZURE_AD_TENANT_ID) && !env.AZURE_AD_ALLOWED_TENANT_IDS) {
      ctx.addIssue({
        code: 'custom',
        path: ['AZURE_AD_ALLOWED_TENANT_IDS'],
        message: 'With a multi-tenant AZURE_AD_TENANT_ID, list the Entra tenant ids that may sign in in AZURE_AD_ALLOWED_TENANT_IDS',
      });
    }
    const s3 = [env.S3_ENDPOINT, env.S3_BUCKET, env.S3_REGION, env.S3_ACCESS_KEY_ID, env.S3_SECRET_ACCESS_KEY];
    if (s3.some(Boolean) && !s3.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_ENDPOINT'],
        message: 'S3-compatible storage needs S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
      });
    }
    if (Boolean(env.GOOGLE_CLIENT_ID) !== Boolean(env.GOOGLE_CLIENT_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['GOOGLE_CLIENT_ID'],
        message: 'Google sign-in needs both GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET',
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return result.data;
}

let cached: Env | undefined;

// Parsed on first use rather than at import, so `next build` can load modules without secrets.
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
