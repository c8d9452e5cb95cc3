import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { saveAsRequestSchema } from '../../shared/ipc/schemas';
import { saveFileAs } from './saveFile';
import type { SaveDialog } from './saveFile';

const dir = mkdtempSync(join(tmpdir(), 'ld-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('saveFileAs', () => {
  it('opens the dialog in the default folder with the suggested name and writes where the user chose', async () => {
    const seen: Parameters<SaveDialog>[0][] = [];
    const target = join(dir, 'chosen.csv');
    const result = await saveFileAs(
      saveAsRequestSchema.parse({ suggestedName: 'ics214.csv', filters: [{ name: 'CSV', extensions: ['csv'] }], content: 'a,b\n1,2\n' }),
      { defaultDir: '/home/liaison/Downloads', showSaveDialog: async (options) => (seen.push(options), { canceled: false, filePath: target }) },
    );
    expect(result).toEqual({ status: 'saved', path: target });
    expect(readFileSync(target, 'utf8')).toBe('a,b\n1,2\n');
    expect(seen).toEqual([{ defaultPath: join('/home/liaison/Downloads', 'ics214.csv'), filters: [{ name: 'CSV', extensions: ['csv'] }] }]);
  });

  it('writes bytes as they are', async () => {
    const target = join(dir, 'log.pdf');
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    await saveFileAs(saveAsRequestSchema.parse({ suggestedName: 'log.pdf', content: bytes }), {
      defaultDir: dir,
      showSaveDialog: async () => ({ canceled: false, filePath: target }),
    });
    expect([...readFileSync(target)]).toEqual([...bytes]);
  });

  it('reports cancellation and writes nothing', async () => {
    const result = await saveFileAs(saveAsRequestSchema.parse({ suggestedName: 'x.csv', content: 'x' }), {
      defaultDir: dir,
      showSaveDialog: async () => ({ canceled: true }),
    });
    expect(result).toEqual({ status: 'cancelled' });
  });
});
