// Secrets (the device session token, ...) encrypted with Electron's safeStorage and kept in one JSON file
// in the profile. On Linux without a keyring safeStorage falls back to `basic_text` (a hard-coded key):
// there we store nothing until the user consents, and withdrawing consent erases what was stored that way.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { SecretsStatus } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/result';
import type { Result } from '../../shared/result';

export type SafeStorageLike = {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  getSelectedStorageBackend(): string;
};

export type SecretStoreOptions = { safeStorage: SafeStorageLike; file: string; platform: NodeJS.Platform };

const fileSchema = z.object({
  version: z.literal(1),
  consentToUnprotected: z.boolean(),
  entries: z.record(z.string(), z.object({ data: z.base64(), unprotected: z.boolean() })),
});
type SecretFile = z.output<typeof fileSchema>;
const emptyFile = (): SecretFile => ({ version: 1, consentToUnprotected: false, entries: {} });

const UNAVAILABLE = 'No OS keyring is available to store secrets on this computer.';
const NEEDS_CONSENT = (backend: string) =>
  `The OS keyring is not protected on this computer (safeStorage backend "${backend}"); ` +
  'secrets are stored only after the user agrees (secrets.setUnprotectedConsent).';

export const createSecretStore = ({ safeStorage, file, platform }: SecretStoreOptions) => {
  let queue: Promise<unknown> = Promise.resolve();
  /** File reads and writes run one at a time so concurrent calls never lose an update. */
  const serialized = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const load = async (): Promise<SecretFile> => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return emptyFile();
    }
    try {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : emptyFile();
    } catch {
      return emptyFile();
    }
  };

  const save = async (data: SecretFile) => {
    await mkdir(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(data), { mode: 0o600 });
    await rename(temp, file);
  };

  const computeStatus = async (data: SecretFile): Promise<SecretsStatus> => {
    const backend =
      platform === 'linux' ? safeStorage.getSelectedStorageBackend() : platform === 'darwin' ? 'keychain' : platform === 'win32' ? 'dpapi' : 'unknown';
    const consentToUnprotected = data.consentToUnprotected;
    if (!(await safeStorage.isAsyncEncryptionAvailable())) {
      return { protection: 'unavailable', backend, consentToUnprotected, canStore: false };
    }
    if (platform === 'linux' && (backend === 'basic_text' || backend === 'unknown')) {
      return { protection: 'unprotected', backend, consentToUnprotected, canStore: consentToUnprotected };
    }
    return { protection: 'os-keyring', backend, consentToUnprotected, canStore: true };
  };

  return {
    status: (): Promise<SecretsStatus> => serialized(async () => computeStatus(await load())),

    /** Records the user's answer; withdrawing consent erases the secrets stored without protection. */
    setUnprotectedConsent: (allow: boolean): Promise<SecretsStatus> =>
      serialized(async () => {
        const data = await load();
        data.consentToUnprotected = allow;
        if (!allow) {
          for (const [key, entry] of Object.entries(data.entries)) if (entry.unprotected) delete data.entries[key];
        }
        await save(data);
        return computeStatus(data);
      }),

    get: (key: string): Promise<Result<string | null>> =>
      serialized(async () => {
        const data = await load();
        const entry = data.entries[key];
        if (!entry) return ok(null);
        const status = await computeStatus(data);
        if (status.protection === 'unavailable') return fail(UNAVAILABLE);
        if (entry.unprotected && !status.consentToUnprotected) return ok(null);
        let decrypted: { result: string; shouldReEncrypt: boolean };
        try {
          decrypted = await safeStorage.decryptStringAsync(Buffer.from(entry.data, 'base64'));
        } catch {
          return fail('The stored secret can no longer be decrypted (the OS keyring changed or is locked).');
        }
        if (decrypted.shouldReEncrypt) {
          const reEncrypted = await safeStorage.encryptStringAsync(decrypted.result);
          data.entries[key] = { data: reEncrypted.toString('base64'), unprotected: status.protection === 'unprotected' };
          await save(data);
        }
        return ok(decrypted.result);
      }),

    set: (key: string, value: string): Promise<Result<null>> =>
      serialized(async () => {
        const data = await load();
        const status = await computeStatus(data);
        if (status.protection === 'unavailable') return fail(UNAVAILABLE);
        if (!status.canStore) return fail(NEEDS_CONSENT(status.backend));
        const encrypted = await safeStorage.encryptStringAsync(value);
        data.entries[key] = { data: encrypted.toString('base64'), unprotected: status.protection === 'unprotected' };
        await save(data);
        return ok(null);
      }),

    delete: (key: string): Promise<Result<null>> =>
      serialized(async () => {
        const data = await load();
        if (!(key in data.entries)) return ok(null);
        delete data.entries[key];
        await save(data);
        return ok(null);
      }),
  };
};

export type SecretStore = ReturnType<typeof createSecretStore>;
