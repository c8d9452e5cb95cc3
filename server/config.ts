// The server's whole configuration comes from environment variables, parsed once here so a bad value
// stops the server at start with a message naming the variable, never later in a request.
import { resolve } from 'node:path';
import { z } from 'zod';
import type { DatasetSize } from '../shared/demo/generateDataset';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type ServerConfig = {
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** Holds the embedded database (`<dataDir>/pg`) when no DATABASE_URL is set. */
  dataDir: string;
  /** PostgreSQL connection string; when undefined the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** The built web UI served at `/`. */
  staticDir: string;
  /**
   * Whether demo data (with its public passwords) is seeded into an empty database. Defaults to on only
   * for the embedded database; a PostgreSQL deployment gets it only with DEMO_DATA set explicitly on.
   */
  demoData: boolean;
  /** Which data set the demo seed stores: `demo` (~300 customers) or `bench` (50k customers, 200k contacts). */
  demoSize: DatasetSize;
  logLevel: LogLevel;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
};

/** Where defaults that depend on the process come from (the working directory, the bundle's location). */
export type ConfigDefaults = { cwd: string; staticDir: string };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());

const flag = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['on', 'off', '1', '0', 'true', 'false', 'yes', 'no'], { error: 'must be on/off, 1/0, true/false or yes/no' }))
    .transform((value) => ['on', '1', 'true', 'yes'].includes(value))
    .optional(),
);

const envSchema = z.object({
  PORT: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error: 'must be a whole number' })
      .transform(Number)
      .pipe(z.number().max(65535, { error: 'must be at most 65535' }))
      .default(4417),
  ),
  HOST: z.preprocess(blankToUndefined, z.string().trim().default('127.0.0.1')),
  DATA_DIR: optionalText,
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
  ),
  STATIC_DIR: optionalText,
  DEMO_DATA: flag,
  DEMO_SIZE: z.preprocess(
    blankToUndefined,
    z.string().trim().toLowerCase().pipe(z.enum(['demo', 'bench'], { error: 'must be demo or bench' })).default('demo'),
  ),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
});

/** Parses the environment into a config, or throws a ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined>, defaults: ConfigDefaults): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid server configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(defaults.cwd, e.DATA_DIR ?? '.data'),
    databaseUrl: e.DATABASE_URL,
    staticDir: e.STATIC_DIR === undefined ? defaults.staticDir : resolve(defaults.cwd, e.STATIC_DIR),
    demoData: e.DEMO_DATA ?? e.DATABASE_URL === undefined,
    demoSize: e.DEMO_SIZE,
    logLevel: e.LOG_LEVEL,
    bodyLimit: DEFAULT_BODY_LIMIT,
  };
}
