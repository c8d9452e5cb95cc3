import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSecretStore } from './secretStore';
import type { SafeStorageLike } from './secretStore';

/** A safeStorage stand-in: reversible "encryption" and a selectable Linux backend. */
const fakeSafeStorage = (backend = 'gnome_libsecret', available = true) => {
  const state = { backend, available, reEncrypt: false };
  const storage: SafeStorageLike = {
    isAsyncEncryptionAvailable: async () => state.available,
    encryptStringAsync: async (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptStringAsync: async (data) => {
      const text = data.toString();
      if (!text.startsWith('enc:')) throw new Error('bad data');
      return { result: [...text.slice(4)].reverse().join(''), shouldReEncrypt: state.reEncrypt };
    },
    getSelectedStorageBackend: () => state.backend,
  };
  return { storage, state };
};

const dirs: string[] = [];
const secretFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-secrets-'));
  dirs.push(dir);
  return join(dir, 'profile', 'secrets.json');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('secret store', () => {
  it('stores encrypted, reads back, deletes (protected keyring)', async () => {
    const file = secretFile();
    const { storage } = fakeSafeStorage();
    const store = createSecretStore({ safeStorage: storage, file, platform: 'linux' });
    expect(await store.status()).toEqual({ protection: 'os-keyring', backend: 'gnome_libsecret', consentToUnprotected: false, canStore: true });
    expect(await store.get('sessionToken')).toEqual({ ok: true, value: null });
    expect(await store.set('sessionToken', 'tok-123')).toEqual({ ok: true, value: null });
    expect(readFileSync(file, 'utf8')).not.toContain('tok-123');
    expect(await store.get('sessionToken')).toEqual({ ok: true, value: 'tok-123' });
    const reopened = createSecretStore({ safeStorage: storage, file, platform: 'linux' });
    expect(await reopened.get('sessionToken')).toEqual({ ok: true, value: 'tok-123' });
    expect(await reopened.delete('sessionToken')).toEqual({ ok: true, value: null });
    expect(await reopened.get('sessionToken')).toEqual({ ok: true, value: null });
  });

  it('names the keychain on macOS and Windows', async () => {
    const { storage } = fakeSafeStorage('basic_text');
    expect((await createSecretStore({ safeStorage: storage, file: secretFile(), platform: 'darwin' }).status()).backend).toBe('keychain');
    const win = await createSecretStore({ safeStorage: storage, file: secretFile(), platform: 'win32' }).status();
    expect(win).toMatchObject({ protection: 'os-keyring', backend: 'dpapi', canStore: true });
  });

  it('refuses to store on an unprotected Linux keyring until the user consents', async () => {
    const file = secretFile();
    const { storage } = fakeSafeStorage('basic_text');
    const store = createSecretStore({ safeStorage: storage, file, platform: 'linux' });
    expect(await store.status()).toMatchObject({ protection: 'unprotected', backend: 'basic_text', canStore: false });
    const refused = await store.set('sessionToken', 'tok');
    expect(refused.ok).toBe(false);
    expect((refused as { error: string }).error).toContain('basic_text');

    expect(await store.setUnprotectedConsent(true)).toMatchObject({ protection: 'unprotected', consentToUnprotected: true, canStore: true });
    expect(await store.set('sessionToken', 'tok')).toEqual({ ok: true, value: null });
    expect(await createSecretStore({ safeStorage: storage, file, platform: 'linux' }).get('sessionToken')).toEqual({ ok: true, value: 'tok' });
  });

  it('erases unprotected secrets when consent is withdrawn, keeps protected ones', async () => {
    const file = secretFile();
    const { storage, state } = fakeSafeStorage('gnome_libsecret');
    const store = createSecretStore({ safeStorage: storage, file, platform: 'linux' });
    await store.set('keyringSecret', 'safe');
    state.backend = 'basic_text';
    await store.setUnprotectedConsent(true);
    await store.set('sessionToken', 'plain');
    expect(await store.setUnprotectedConsent(false)).toMatchObject({ consentToUnprotected: false, canStore: false });
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(stored.entries)).toEqual(['keyringSecret']);
    expect(await store.get('sessionToken')).toEqual({ ok: true, value: null });
  });

  it('reports unavailable encryption and refuses both reads and writes', async () => {
    const file = secretFile();
    const { storage, state } = fakeSafeStorage();
    const store = createSecretStore({ safeStorage: storage, file, platform: 'linux' });
    await store.set('sessionToken', 'tok');
    state.available = false;
    expect(await store.status()).toMatchObject({ protection: 'unavailable', canStore: false });
    expect(await store.set('sessionToken', 'x')).toMatchObject({ ok: false });
    expect(await store.get('sessionToken')).toMatchObject({ ok: false });
  });

  it('re-encrypts when safeStorage asks, and reports undecryptable data as an error', async () => {
    const file = secretFile();
    const { storage, state } = fakeSafeStorage();
    const store = createSecretStore({ safeStorage: storage, file, platform: 'linux' });
    await store.set('sessionToken', 'tok');
    state.reEncrypt = true;
    expect(await store.get('sessionToken')).toEqual({ ok: true, value: 'tok' });
    writeFileSync(file, JSON.stringify({ version: 1, consentToUnprotected: false, entries: { sessionToken: { data: Buffer.from('junk').toString('base64'), unprotected: false } } }));
    expect((await store.get('sessionToken')) as { error?: string }).toMatchObject({ ok: false, error: expect.stringContaining('decrypted') });
  });

  it('treats a corrupt file as empty and keeps concurrent writes', async () => {
    const file = secretFile();
    const { storage } = fakeSafeStorage();
    const store = createSecretStore({ safeStorage: storage, file, platform: 'linux' });
    await store.set('a', '1');
    writeFileSync(file, '{not json');
    expect(await store.get('a')).toEqual({ ok: true, value: null });
    await Promise.all(['a', 'b', 'c', 'd'].map((key) => store.set(key, key.toUpperCase())));
    for (const key of ['a', 'b', 'c', 'd']) expect(await store.get(key)).toEqual({ ok: true, value: key.toUpperCase() });
  });
});
