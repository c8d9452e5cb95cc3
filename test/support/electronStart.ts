// Typed access to scripts/start.mjs (plain JavaScript, loaded by URL so TypeScript does not need its
// declarations) for the tests that need to know whether an Electron binary is here.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const startScriptPath = join(repoRoot, 'scripts', 'start.mjs');

export type ElectronResolution = { path: string; reason?: undefined } | { path: null; reason: string };

export type StartScript = {
  hasDisplay(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean;
  findElectronPackage(from?: string): string | null;
  resolveElectronBinary(options?: { electronDir?: string | null; env?: NodeJS.ProcessEnv; allowDownload?: boolean }): ElectronResolution;
};

export const loadStartScript = async (): Promise<StartScript> => (await import(pathToFileURL(startScriptPath).href)) as StartScript;
