// Proves the layer rules of DESIGN.md section 3 hold: eslint.config.js refuses each forbidden import
// and accepts the allowed ones. Files are linted as if they lived at the given path (nothing is written).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-properties')
    .map((m) => m.message);
}

const forbidden: Array<[string, string]> = [
  ['shared/domain/x.ts', "import { readFileSync } from 'node:fs';"],
  ['shared/domain/x.ts', "import { app } from 'electron';"],
  ['shared/domain/x.ts', "import Dexie from 'dexie';"],
  ['shared/domain/x.ts', "import { useState } from 'react';"],
  ['shared/domain/x.ts', "import { db } from '../../renderer/data/db';"],
  ['renderer/features/x/y.ts', "import { ipcRenderer } from 'electron';"],
  ['renderer/features/x/y.ts', "import { join } from 'node:path';"],
  ['renderer/features/x/y.ts', "import { startServer } from '../../../server/app';"],
  ['renderer/features/x/y.ts', "import { createWindow } from '../../../electron/main/window';"],
  ['renderer/features/x/Y.tsx', "import Dexie from 'dexie';"],
  ['renderer/features/x/Y.tsx', "import { db } from '../../data/db';"],
  ['renderer/features/x/y.ts', 'export const api = window.desktop;'],
  ['server/routes/x.ts', "import { db } from '../../renderer/data/db';"],
  ['server/routes/x.ts', "import { app } from 'electron';"],
  ['server/routes/x.ts', "import { handle } from '../../electron/main/ipc';"],
  ['electron/main/x.ts', "import { startServer } from '../../server/app';"],
  ['electron/main/x.ts', "import { App } from '../../renderer/app/App';"],
  ['electron/preload/x.ts', "import { customerSchema } from '../../shared/domain/customer';"],
  ['electron/preload/x.ts', "import { readFileSync } from 'node:fs';"],
];

const allowed: Array<[string, string]> = [
  ['shared/domain/x.ts', "import { z } from 'zod';"],
  ['renderer/features/x/y.ts', "import { ok } from '../../../shared/result';"],
  ['renderer/platform/platform.ts', 'export const api = window.desktop;'],
  ['server/routes/x.ts', "import { ok } from '../../shared/result';\nimport { join } from 'node:path';"],
  ['electron/main/x.ts', "import { app } from 'electron';\nimport { ok } from '../../shared/result';"],
  ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nimport { channels } from '../../shared/ipc/contract';"],
];

describe('layer boundaries', () => {
  it.each(forbidden)('refuses in %s: %s', async (filePath, source) => {
    expect(await importErrors(filePath, source)).not.toEqual([]);
  });

  it.each(allowed)('allows in %s: %s', async (filePath, source) => {
    expect(await importErrors(filePath, source)).toEqual([]);
  });
});
