import path from "node:path";
import { z } from "zod";

// Every setting Kitab reads. Parsed once; a wrong value stops the app with a message
// naming the variable. Documented in README.md ("Configuration").

const ZBool = z
  .enum(["1", "0", "true", "false", "on", "off", "yes", "no"], {
    error: "expected one of true/false, on/off, yes/no, 1/0",
  })
  .transform((v) => ["1", "true", "on", "yes"].includes(v));

const ZPort = z.coerce
  .number({ error: "expected a port number" })
  .int("expected a whole number")
  .min(1, "expected a port from 1 to 65535")
  .max(65535, "expected a port from 1 to 65535");

const ZUrl = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { error: `expected a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}` },
  );

export const ZEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: ZPort.default(3000),
    DATA_DIR: z.string().min(1).default(".data"),
    DATABASE_URL: ZUrl(["postgres:", "postgresql:"]).optional(),
    EMBEDDED_PG_PORT: ZPort.default(54329),
    SEED_DEMO: ZBool.optional(),
    DEMO_PASSWORD: z
      .string()
      .min(10, "expected at least 10 characters")
      .default("kitab-demo-password"),
    S3_ENDPOINT: ZUrl(["http:", "https:"]).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "expected a valid S3 bucket name")
      .default("kitab"),
    S3_ACCESS_KEY: z.string().min(1).optional(),
    S3_SECRET_KEY: z.string().min(1).optional(),
    S3_PATH_STYLE: ZBool.default(true),
    S3_PUBLIC_URL: ZUrl(["http:", "https:"]).optional(),
    DOWNLOAD_URL_SECONDS: z.coerce.number({ error: "expected a number of seconds" }).int().min(10).max(86_400).default(300),
    UPLOAD_MAX_BYTES: z.coerce
      .number({ error: "expected a number of bytes" })
      .int()
      .min(1024, "expected at least 1024 bytes")
      .max(5 * 1024 ** 3, "expected at most 5 GiB (5368709120): larger objects cannot be copied in one S3 request")
      .default(4 * 1024 ** 3),
    UPLOAD_EXPIRY_HOURS: z.coerce.number({ error: "expected a number of hours" }).int().min(1).max(24 * 90).default(24),
    UPLOAD_ALLOWED_TYPES: z
      .string()
      .regex(/^\s*[a-z0-9.+-]+\/[a-z0-9.+*-]+(\s*,\s*[a-z0-9.+-]+\/[a-z0-9.+*-]+)*\s*$/, "expected a comma-separated list of media types, e.g. application/pdf,video/*")
      .optional(),
    PUBLIC_URL: ZUrl(["http:", "https:"]).optional(),
    AUTH_SECRET: z.string().min(32, "expected at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
    SMTP_URL: ZUrl(["smtp:", "smtps:"]).optional(),
    MAIL_FROM: z.string().min(3).default("Kitab <no-reply@kitab.example>"),
    REPOSITORY_NAME: z.string().min(1).max(200).default("Kitab: open educational resources of Central Asia"),
    STATS_RETENTION_DAYS: z.coerce.number({ error: "expected a number of days" }).int().min(31).max(3650).default(400),
    OAI_PAGE_SIZE: z.coerce.number({ error: "expected a number of records" }).int().min(1).max(1000).default(100),
    ADMIN_EMAIL: z.email({ error: "expected an e-mail address" }).default("admin@kitab.example"),
    OIDC_ISSUER: ZUrl(["http:", "https:"]).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default("University account"),
    WORKER: ZBool.default(true),
    WORKER_CONCURRENCY: z.coerce.number({ error: "expected a number of jobs" }).int().min(1).max(16).default(1),
    EXTRACT_MAX_PAGES: z.coerce.number({ error: "expected a number of pages" }).int().min(1).max(100_000).default(1000),
    EXTRACT_MAX_CHARS: z.coerce.number({ error: "expected a number of characters" }).int().min(1000).max(50_000_000).default(2_000_000),
    EXTRACT_TIMEOUT_SECONDS: z.coerce.number({ error: "expected a number of seconds" }).int().min(1).max(3600).default(120),
    FFMPEG_PATH: z.string().min(1).default("ffmpeg"),
    // Read by scripts/server.mjs (plain JavaScript); validated here with the rest.
    WEB_CONCURRENCY: z.coerce.number({ error: "expected a number of processes" }).int().min(1, "expected at least 1").max(64, "expected at most 64").default(1),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "expected one of fatal, error, warn, info, debug, trace, silent" }).default("info"),
    // Behind nginx or another proxy: believe its X-Forwarded-For / X-Forwarded-Proto. Off, a
    // client could name any address and slip past the per-address limits.
    TRUST_PROXY: ZBool.default(false),
    RATE_LIMIT_SEARCH_PER_MINUTE: z.coerce.number({ error: "expected a number of requests (0 turns the limit off)" }).int().min(0).max(1_000_000).default(600),
    RATE_LIMIT_API_PER_MINUTE: z.coerce.number({ error: "expected a number of requests (0 turns the limit off)" }).int().min(0).max(1_000_000).default(1200),
    REQUEST_BODY_MAX_BYTES: z.coerce.number({ error: "expected a number of bytes" }).int().min(64 * 1024, "expected at least 65536 bytes").max(1024 ** 3).default(1024 ** 2),
  })
  .superRefine((env, ctx) => {
    if (env.S3_ENDPOINT && (!env.S3_ACCESS_KEY || !env.S3_SECRET_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: [env.S3_ACCESS_KEY ? "S3_SECRET_KEY" : "S3_ACCESS_KEY"],
        message: "required when S3_ENDPOINT is set",
      });
    }
    if (env.OIDC_ISSUER && (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET)) {
      ctx.addIssue({
        code: "custom",
        path: [env.OIDC_CLIENT_ID ? "OIDC_CLIENT_SECRET" : "OIDC_CLIENT_ID"],
        message: "required when OIDC_ISSUER is set",
      });
    }
  })
  .transform((env) => ({
    ...env,
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    OIDC_ISSUER: env.OIDC_ISSUER?.replace(/\/+$/, ""),
    DATA_DIR: path.resolve(env.DATA_DIR),
    // Demo accounts are for the self-contained setup, never silently on a real database.
    SEED_DEMO: env.SEED_DEMO ?? !env.DATABASE_URL,
  }));

export type TEnv = z.infer<typeof ZEnv>;

export class EnvError extends Error {
  readonly code = "ENV_INVALID";
}

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  // An empty variable means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = ZEnv.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    const given = present[name];
    const shown = given === undefined || /SECRET|PASSWORD|KEY|DATABASE_URL|SMTP_URL/.test(name) ? "" : ` (got "${given}")`;
    return `  ${name}: ${issue.message}${shown}`;
  });
  throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
}

let cached: TEnv | undefined;

export function getEnv(): TEnv {
  if (!cached) {
    cached = parseEnv(process.env);
    // next-auth reads its base URL from the environment itself.
    process.env.NEXTAUTH_URL ??= cached.PUBLIC_URL;
  }
  return cached;
}
