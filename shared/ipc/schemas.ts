// Payload shapes of the desktop IPC channels (see contract.ts). Requests are strict: unknown keys are
// refused, sizes are bounded, and nothing the renderer sends can name a path on disk.
import { z } from 'zod';

export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  /** The OS in the desktop shell; 'web' in a plain browser. */
  platform: z.enum(['darwin', 'win32', 'linux', 'web']),
  /** Electron's version; null in a plain browser. */
  electronVersion: z.string().nullable(),
  /** Origin of the server this UI talks to (the embedded one in the desktop shell); null if it did not start. */
  serverUrl: z.string().nullable(),
});
export type AppInfo = z.output<typeof appInfoSchema>;

/** A secret's name: `sessionToken`, `sync.deviceKey`, ... (not free text, never a path). */
export const secretKeySchema = z.string().regex(/^[A-Za-z][A-Za-z0-9._-]{0,63}$/, 'a secret key is 1-64 letters, digits, . _ -, starting with a letter');
export const secretKeyRequestSchema = z.strictObject({ key: secretKeySchema });
export const secretSetRequestSchema = z.strictObject({ key: secretKeySchema, value: z.string().min(1).max(16_384) });
export const secretsConsentRequestSchema = z.strictObject({ allow: z.boolean() });

export const secretsStatusSchema = z.strictObject({
  /**
   * os-keyring: encrypted with the OS keychain (macOS Keychain, Windows DPAPI, libsecret, KWallet).
   * unprotected: Linux without a keyring (`basic_text`): stored with a hard-coded key, readable by anyone
   *   who can read the profile; used only after the user consents.
   * browser-session: plain browser; kept for this tab's session only.
   * unavailable: no way to store secrets here.
   */
  protection: z.enum(['os-keyring', 'unprotected', 'browser-session', 'unavailable']),
  /** safeStorage's backend name on Linux, the platform's keychain name elsewhere, or the browser store. */
  backend: z.string(),
  consentToUnprotected: z.boolean(),
  /** Whether `secrets.set` will store now (false: unavailable, or unprotected without consent). */
  canStore: z.boolean(),
});
export type SecretsStatus = z.output<typeof secretsStatusSchema>;

const MAX_EXPORT_BYTES = 256 * 1024 * 1024;
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (n) => !/[/\\:*?"<>|]/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 0x20) && n !== '.' && n !== '..',
    'a file name without a folder or reserved characters',
  );

export const saveAsRequestSchema = z.strictObject({
  suggestedName: fileName,
  filters: z
    .array(z.strictObject({ name: z.string().min(1).max(100), extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/)).min(1).max(10) }))
    .max(10)
    .default([]),
  content: z.union([
    z.string().max(MAX_EXPORT_BYTES),
    z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_BYTES, 'content is larger than 256 MiB'),
  ]),
});
export type SaveAsRequest = z.input<typeof saveAsRequestSchema>;

export const saveAsResultSchema = z.discriminatedUnion('status', [
  /** `path` is where the user saved it; null in a browser, where the download location is the browser's. */
  z.strictObject({ status: z.literal('saved'), path: z.string().nullable() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
export type SaveAsResult = z.output<typeof saveAsResultSchema>;

export const notificationRequestSchema = z.strictObject({ title: z.string().min(1).max(200), body: z.string().max(2_000) });
export type NotificationRequest = z.input<typeof notificationRequestSchema>;

/**
 * How a shown notification ended, which is when `notifications.show` answers: the user clicked it (the
 * app's window has been brought forward; the renderer opens what it is about) or dismissed it.
 */
export const notificationOutcomeSchema = z.enum(['clicked', 'closed']);
export type NotificationOutcome = z.output<typeof notificationOutcomeSchema>;

/**
 * Whether `notifications.show` reaches the OS. The desktop shell needs no permission ('granted' where
 * the OS supports notifications); a browser asks the user once ('default' until then), and only
 * `notifications.requestPermission`, called from a click, asks.
 */
export const notificationPermissionSchema = z.enum(['granted', 'denied', 'default', 'unsupported']);
export type NotificationPermissionState = z.output<typeof notificationPermissionSchema>;
