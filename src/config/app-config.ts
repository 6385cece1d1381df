import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const DEV_JWT_SECRET = 'zhifa-development-secret-change-me';

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Every environment variable of API.md "Running it", validated once at boot. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsString()
  @IsNotEmpty()
  DATA_DIR = './.data';

  /** Service processes sharing PORT (node:cluster), e.g. one per core; 1 runs no cluster. */
  @Transform(({ value }) => (value === undefined ? 1 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(64)
  WORKERS = 1;

  // Required in production: a development secret would let anyone mint tokens.
  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production' || c.JWT_SECRET !== DEV_JWT_SECRET)
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters' })
  JWT_SECRET = DEV_JWT_SECRET;

  /** The longest a bearer token may live (exp − iat); longer ones are refused. */
  @Transform(({ value }) => (value === undefined ? 12 * 3600 : Number(value)))
  @IsInt()
  @Min(60)
  TOKEN_MAX_LIFETIME_SECONDS = 12 * 3600;

  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, {
    message: 'must be 1-64 letters, digits, dot, dash or underscore',
  })
  BOOTSTRAP_ADMIN_ID = 'admin';

  @IsString()
  @Matches(/^.+$/)
  TZ_BUSINESS = 'Asia/Shanghai';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Prefix of case numbers, e.g. 沪市监案 → 沪市监案〔2026〕00001. */
  @IsString()
  @IsNotEmpty()
  CASE_NUMBER_PREFIX = '市监案';

  /** Ed25519 private key (PKCS#8 PEM, or its base64) that signs audit checkpoints. */
  @IsOptional()
  @IsString()
  CHECKPOINT_SIGNING_KEY?: string;

  /** How often the leader instance builds a signed checkpoint (0 = only on demand). */
  @Transform(({ value }) => (value === undefined ? 600 : Number(value)))
  @IsInt()
  @Min(0)
  CHECKPOINT_INTERVAL_SECONDS = 600;

  /** The deciding department named on public decisions (DR 4: 作出行政处罚决定的行政机关名称). */
  @IsString()
  @IsNotEmpty()
  DEPARTMENT_NAME = '市场监督管理局';

  /** How a natural person is named in public records (DR 6): 'full', or 'surname' (张某). */
  @IsIn(['full', 'surname'])
  DISCLOSURE_NAME_POLICY: 'full' | 'surname' = 'surname';

  /** Requests per minute per client IP on /api/v1/public/* (then 429 RATE_LIMITED). */
  @Transform(({ value }) => (value === undefined ? 120 : Number(value)))
  @IsInt()
  @Min(1)
  PUBLIC_RATE_LIMIT = 120;

  /** The bureau's province (e.g. 上海市): parties registered elsewhere get the DR 10 cross-province push clock. */
  @IsOptional()
  @IsString()
  BUREAU_PROVINCE?: string;

  /** Webhook receivers of every effect (comma-separated http(s) URLs); unset: the inbox only. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*$/, {
    message: 'must be comma-separated http:// or https:// URLs',
  })
  WEBHOOK_URLS?: string;

  /** HMAC-SHA256 key of the Zhifa-Signature header; unsigned webhooks are never sent. */
  @ValidateIf((c: AppConfig) => c.WEBHOOK_URLS !== undefined || c.WEBHOOK_SECRET !== undefined)
  // Reported in the order listed bottom-up: a missing secret says so, not that it is short.
  @MinLength(16, { message: 'must be at least 16 characters' })
  @IsString({ message: 'required when WEBHOOK_URLS is set' })
  WEBHOOK_SECRET?: string;

  /** How long one webhook request may take before it counts as failed. */
  @Transform(({ value }) => (value === undefined ? 10_000 : Number(value)))
  @IsInt()
  @Min(100)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** How long an effect's delivery is retried (from its first attempt) before it is a dead letter. */
  @Transform(({ value }) => (value === undefined ? 86_400 : Number(value)))
  @IsInt()
  @Min(0)
  OUTBOX_RETRY_FOR_SECONDS = 86_400;

  /** First retry delay; each further one doubles, up to OUTBOX_BACKOFF_MAX_MS. */
  @Transform(({ value }) => (value === undefined ? 2_000 : Number(value)))
  @IsInt()
  @Min(1)
  OUTBOX_BACKOFF_BASE_MS = 2_000;

  @Transform(({ value }) => (value === undefined ? 3_600_000 : Number(value)))
  @IsInt()
  @Min(1)
  OUTBOX_BACKOFF_MAX_MS = 3_600_000;

  /** A claimed delivery not settled within this time (its instance died) is attempted again. */
  @Transform(({ value }) => (value === undefined ? 60 : Number(value)))
  @IsInt()
  @Min(1)
  OUTBOX_LEASE_SECONDS = 60;

  /** How often the leader looks for effects to deliver. */
  @Transform(({ value }) => (value === undefined ? 1_000 : Number(value)))
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 1_000;

  /** Deliveries attempted at once by the leader. */
  @Transform(({ value }) => (value === undefined ? 50 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(1000)
  OUTBOX_BATCH_SIZE = 50;

  // ---- the case file (issue 15): templates, 文号 and where the remedies go ----

  /** Folder of the .docx templates (<type>.docx); unset: the package's own templates/. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  TEMPLATES_DIR?: string;

  /** The bureau's abbreviation in 文号: 沪市监 → 沪市监罚〔2026〕12号. */
  @IsString()
  @IsNotEmpty()
  DOCUMENT_NUMBER_PREFIX = '市监';

  /** JSON {"<document type>": "<pattern>"} overriding patterns such as {prefix}罚〔{year}〕{n}号. */
  @IsOptional()
  @Matches(/^\{.*\}$/s, { message: 'must be a JSON object of document type to pattern' })
  DOCUMENT_NUMBER_PATTERNS?: string;

  /** Named in every 决定书 (ARL 20, 24: the reconsideration body). */
  @IsString()
  @IsNotEmpty()
  RECONSIDERATION_BODY = '本局所属的人民政府';

  /** Named in every 决定书 (ALL 18, 46: the court of first instance). */
  @IsString()
  @IsNotEmpty()
  LITIGATION_COURT = '有管辖权的人民法院';

  /** Addressed by the 强制执行申请书 (AEL 54; APL 72). */
  @IsString()
  @IsNotEmpty()
  ENFORCEMENT_COURT = '有管辖权的人民法院';

  /** Where fines are paid (APL 67: 指定的银行或者电子支付系统). */
  @IsString()
  @IsNotEmpty()
  PAYMENT_ACCOUNT = '本局指定的银行或者电子支付系统';

  /** LibreOffice for the PDF renderings; unavailable: PDFs answer 503, .docx still work. */
  @IsString()
  @IsNotEmpty()
  SOFFICE_PATH = 'soffice';

  get webhookUrls(): string[] {
    return (this.WEBHOOK_URLS ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter((u) => u.length > 0);
  }

  /** PostgreSQL statement_timeout: a statement running longer is cancelled (503). */
  @Transform(({ value }) => (value === undefined ? 10_000 : Number(value)))
  @IsInt()
  @Min(100)
  DB_STATEMENT_TIMEOUT_MS = 10_000;

  /** PostgreSQL lock_timeout: waiting longer for a lock cancels the statement (503). */
  @Transform(({ value }) => (value === undefined ? 5_000 : Number(value)))
  @IsInt()
  @Min(100)
  DB_LOCK_TIMEOUT_MS = 5_000;

  /** How long to wait for a new database connection before answering 503. */
  @Transform(({ value }) => (value === undefined ? 5_000 : Number(value)))
  @IsInt()
  @Min(100)
  DB_CONNECT_TIMEOUT_MS = 5_000;

  /** The largest attachment accepted (bytes; 200 MiB): larger uploads are a 413, nothing stored. */
  @Transform(({ value }) => (value === undefined ? 200 * 1024 * 1024 : Number(value)))
  @IsInt()
  @Min(1)
  ATTACHMENT_MAX_BYTES = 200 * 1024 * 1024;

  /** When set, GET /metrics requires `Authorization: Bearer <METRICS_TOKEN>`. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters' })
  METRICS_TOKEN?: string;

  // ---- sign-in for the browser (issue 16): sessions, lockout, OIDC ----

  /** A session unused this long is over (the cookie no longer signs in). */
  @Transform(({ value }) => (value === undefined ? 7200 : Number(value)))
  @IsInt()
  @Min(60)
  SESSION_IDLE_SECONDS = 7200;

  /** A session is over this long after sign-in, however busy. */
  @Transform(({ value }) => (value === undefined ? 43_200 : Number(value)))
  @IsInt()
  @Min(60)
  SESSION_ABSOLUTE_SECONDS = 43_200;

  /** Secure cookies: 'auto' when the request came over https (trust proxy honoured). */
  @IsIn(['auto', 'true', 'false'])
  SESSION_COOKIE_SECURE: 'auto' | 'true' | 'false' = 'auto';

  /** Failed sign-ins of one officer id within SIGN_IN_WINDOW_SECONDS that lock it. */
  @Transform(({ value }) => (value === undefined ? 5 : Number(value)))
  @IsInt()
  @Min(1)
  SIGN_IN_MAX_FAILURES = 5;

  @Transform(({ value }) => (value === undefined ? 900 : Number(value)))
  @IsInt()
  @Min(1)
  SIGN_IN_WINDOW_SECONDS = 900;

  /** How long a locked officer id answers 429 whatever the password. */
  @Transform(({ value }) => (value === undefined ? 900 : Number(value)))
  @IsInt()
  @Min(1)
  SIGN_IN_LOCK_SECONDS = 900;

  /** OIDC single sign-on: the provider's issuer URL (unset: OIDC is off, its routes 404). */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http:// or https:// URL' })
  OIDC_ISSUER_URL?: string;

  @ValidateIf((c: AppConfig) => c.OIDC_ISSUER_URL !== undefined)
  @IsString({ message: 'required when OIDC_ISSUER_URL is set' })
  OIDC_CLIENT_ID?: string;

  /** Unset: a public client (PKCE only). */
  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  /** This service's callback as registered at the provider: https://…/api/v1/auth/oidc/callback. */
  @ValidateIf((c: AppConfig) => c.OIDC_ISSUER_URL !== undefined)
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http:// or https:// URL' })
  @IsString({ message: 'required when OIDC_ISSUER_URL is set' })
  OIDC_REDIRECT_URL?: string;

  /** The ID token claim holding the officer id. */
  @IsString()
  @IsNotEmpty()
  OIDC_OFFICER_CLAIM = 'preferred_username';

  get usesDevelopmentSecret(): boolean {
    return this.JWT_SECRET === DEV_JWT_SECRET;
  }
}

export class ConfigError extends Error {}

/** Validates the environment; throws a one-line ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(new AppConfig())) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (config.NODE_ENV === 'production' && env.JWT_SECRET === undefined) {
    throw new ConfigError('JWT_SECRET: required when NODE_ENV=production');
  }
  if (errors.length > 0) {
    const first = errors[0];
    const reason = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    throw new ConfigError(`${first.property}: ${reason.replace(`${first.property} `, '')}`);
  }
  // A request still running when its lease ends would be attempted twice at once.
  if (config.OUTBOX_LEASE_SECONDS * 1000 <= config.WEBHOOK_TIMEOUT_MS) {
    throw new ConfigError('OUTBOX_LEASE_SECONDS: must be longer than WEBHOOK_TIMEOUT_MS');
  }
  if (!isTimeZone(config.TZ_BUSINESS)) {
    throw new ConfigError('TZ_BUSINESS: must be an IANA time zone such as Asia/Shanghai');
  }
  return config;
}
