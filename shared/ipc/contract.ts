// The one definition of what the renderer may ask the desktop shell for. Main validates every request
// against these schemas; preload and renderer compile against the derived `DesktopApi` type.
// Adding a capability: one entry here, one line in electron/preload/index.ts, one `handle()` in main.
import { z } from 'zod';
import type { Result } from '../result';
import {
  appInfoSchema,
  notificationOutcomeSchema,
  notificationPermissionSchema,
  notificationRequestSchema,
  saveAsRequestSchema,
  saveAsResultSchema,
  secretKeyRequestSchema,
  secretSetRequestSchema,
  secretsConsentRequestSchema,
  secretsStatusSchema,
} from './schemas';

const channel = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) => ({ request, response });
const noPayload = z.undefined();

/** Channel name -> request and response schema. The name is `namespace.method` on `window.desktop`. */
export const ipcContract = {
  'app.getInfo': channel(noPayload, appInfoSchema),
  'secrets.getStatus': channel(noPayload, secretsStatusSchema),
  'secrets.setUnprotectedConsent': channel(secretsConsentRequestSchema, secretsStatusSchema),
  'secrets.get': channel(secretKeyRequestSchema, z.string().nullable()),
  'secrets.set': channel(secretSetRequestSchema, z.null()),
  'secrets.delete': channel(secretKeyRequestSchema, z.null()),
  'files.saveAs': channel(saveAsRequestSchema, saveAsResultSchema),
  'notifications.show': channel(notificationRequestSchema, notificationOutcomeSchema),
  'notifications.getPermission': channel(noPayload, notificationPermissionSchema),
  'notifications.requestPermission': channel(noPayload, notificationPermissionSchema),
} as const;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
/** What a caller passes (before parsing). */
export type IpcRequest<C extends IpcChannel> = z.input<IpcContract[C]['request']>;
/** What a handler receives (after parsing). */
export type IpcParsedRequest<C extends IpcChannel> = z.output<IpcContract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.output<IpcContract[C]['response']>;
/** What every call resolves to: never a rejection, always ok or a readable error. */
export type IpcResult<C extends IpcChannel> = Result<IpcResponse<C>>;

type Call<C extends IpcChannel> = [IpcRequest<C>] extends [undefined]
  ? () => Promise<IpcResult<C>>
  : (request: IpcRequest<C>) => Promise<IpcResult<C>>;
type Namespace<C> = C extends `${infer N}.${string}` ? N : never;

/** `window.desktop`: one function per channel, grouped by namespace (`desktop.secrets.get(...)`). */
export type DesktopApi = {
  readonly [N in Namespace<IpcChannel>]: {
    readonly [C in IpcChannel as C extends `${N}.${infer M}` ? M : never]: Call<C>;
  };
};

export type {
  AppInfo,
  NotificationOutcome,
  NotificationPermissionState,
  NotificationRequest,
  SaveAsRequest,
  SaveAsResult,
  SecretsStatus,
} from './schemas';
