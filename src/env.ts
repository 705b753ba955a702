import { z } from "zod";

// The only module that reads process.env. Validated once, at start-up, with messages
// that say what to set; `npm run dev` and `npm test` fill in local defaults.
const isProduction = process.env.NODE_ENV === "production";
const isBuild = process.env.NEXT_PHASE === "phase-production-build";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({
      error:
        "DATABASE_URL is not set: run `npm run dev` (embedded PostgreSQL) or set it to postgres://user:pass@host:5432/db",
    })
    .url("DATABASE_URL must be a postgres:// URL"),
  /**
   * The tenant data layer's connection: a role that owns no table, so row-level security holds for it (README).
   * `npm run dev` and `npm test` make one on their own server and set it; production must set it.
   */
  DATABASE_APP_URL:
    isProduction && !isBuild
      ? z
          .string({
            error:
              "DATABASE_APP_URL is not set: create the fieldnotes_app role and set its URL (see the configuration table in README.md)",
          })
          .url("DATABASE_APP_URL must be a postgres:// URL")
      : z.string().url("DATABASE_APP_URL must be a postgres:// URL").optional(),
  APP_URL: z
    .string()
    .url("APP_URL must be the public base URL, e.g. https://app.fieldnotes.io")
    .default("http://localhost:3000"),
  AUTH_SECRET:
    isProduction && !isBuild
      ? z
          .string({ error: "AUTH_SECRET is not set: generate one with `openssl rand -base64 32`" })
          .min(32, "AUTH_SECRET must be at least 32 characters")
      : z.string().min(32).default("development-only-secret-do-not-use-in-production"),
  SMTP_URL: z
    .string({
      error:
        "SMTP_URL is not set: run `npm run dev` (which starts a local mail catcher) or set smtp://user:pass@host:587",
    })
    .url("SMTP_URL must look like smtp://user:pass@host:587"),
  EMAIL_FROM: z.string().min(3).default("Fieldnotes <no-reply@fieldnotes.local>"),
  MAIL_CATCHER_DIR: z.string().optional(),
  // Billing. Without a secret key the app runs every practice on the free tier.
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_\w+$/, "STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_… or sk_live_…)")
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_\w+$/, "STRIPE_WEBHOOK_SECRET must be an endpoint signing secret (whsec_…)")
    .optional(),
  STRIPE_PRICE_SEAT_MONTHLY: z
    .string()
    .regex(/^price_\w+$/, "STRIPE_PRICE_SEAT_MONTHLY must be a price id (price_…)")
    .optional(),
  STRIPE_PRICE_SEAT_YEARLY: z
    .string()
    .regex(/^price_\w+$/, "STRIPE_PRICE_SEAT_YEARLY must be a price id (price_…)")
    .optional(),
  /** Where the Stripe SDK sends requests instead of api.stripe.com: the tests' local double. */
  STRIPE_API_BASE_URL: z.string().url("STRIPE_API_BASE_URL must be a URL such as http://127.0.0.1:12111").optional(),
  /**
   * Proxies in front of the app, each appending to X-Forwarded-For. 0: none, rate limits key on
   * the socket's address (recorded by scripts/serve.ts); N: on the entry the farthest one appended.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Seconds a worker holds an email it is sending before another worker may take it over. */
  EMAIL_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /**
   * Keys that seal calendar credentials at rest (AES-256-GCM): `id:base64-of-32-bytes`, comma-separated, newest
   * first. The first seals; every one listed opens. Rotation: put a new key first, run `npm run secrets:rotate`,
   * then drop the old one.
   */
  CALENDAR_ENCRYPTION_KEYS:
    isProduction && !isBuild
      ? z.string({
          error:
            "CALENDAR_ENCRYPTION_KEYS is not set: generate one with `echo k1:$(openssl rand -base64 32)` (see README)",
        })
      : z.string().default("dev:ZGV2ZWxvcG1lbnQtb25seS1rZXktZG8tbm90LXVzZSE="),
  /** Google Calendar through OAuth; without both, the Calendars page says Google is not set up. */
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  /** Where Google's OAuth and Calendar requests go instead of Google: the tests' local double. */
  GOOGLE_OAUTH_BASE_URL: z.string().url().default("https://oauth2.googleapis.com"),
  GOOGLE_AUTH_URL: z.string().url().default("https://accounts.google.com/o/oauth2/v2/auth"),
  GOOGLE_API_BASE_URL: z.string().url().default("https://www.googleapis.com"),
  /**
   * host:port pairs that outbound calendar requests may reach although they resolve to a private or loopback
   * address (a CalDAV server on the same network, the tests' servers). Empty in production unless you mean it.
   */
  OUTBOUND_ALLOWED_HOSTS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** Minutes between refreshes of a connected calendar. */
  CALENDAR_REFRESH_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
});

const STRIPE_COMPANIONS = ["STRIPE_WEBHOOK_SECRET", "STRIPE_PRICE_SEAT_MONTHLY", "STRIPE_PRICE_SEAT_YEARLY"] as const;

// A secret key without its webhook secret and prices would half-enable billing; say what is missing.
const withBilling = schema.superRefine((value, context) => {
  if (!value.STRIPE_SECRET_KEY) return;
  for (const key of STRIPE_COMPANIONS) {
    if (!value[key]) {
      context.addIssue({
        code: "custom",
        path: [key],
        message: `${key} is required when STRIPE_SECRET_KEY is set (see the configuration table in README.md)`,
      });
    }
  }
});

type Env = z.infer<typeof schema>;

export function loadEnv(): Env {
  const source = isBuild
    ? { DATABASE_URL: "postgres://build@localhost/build", SMTP_URL: "smtp://localhost:1025", ...process.env }
    : process.env;
  const parsed = withBilling.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let loaded: Env | undefined;

/** Validated on first use (and by next.config.ts before `next dev`/`next start` serve anything). */
export const env: Env = new Proxy({} as Env, {
  get: (_target, key) => (loaded ??= loadEnv())[key as keyof Env],
});
