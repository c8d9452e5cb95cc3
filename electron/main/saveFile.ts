// files.saveAs: the user picks the destination in the OS save dialog; the renderer only suggests a
// file name (validated by the contract to contain no folder), so it can never choose a path itself.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IpcParsedRequest, SaveAsResult } from '../../shared/ipc/contract';

export type SaveDialog = (options: {
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}) => Promise<{ canceled: boolean; filePath?: string | undefined }>;

export type SaveFileDeps = {
  showSaveDialog: SaveDialog;
  /** Folder the dialog opens in (the user's Downloads or Documents). */
  defaultDir: string;
};

export const saveFileAs = async (request: IpcParsedRequest<'files.saveAs'>, deps: SaveFileDeps): Promise<SaveAsResult> => {
  const choice = await deps.showSaveDialog({
    defaultPath: join(deps.defaultDir, request.suggestedName),
    filters: request.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  await writeFile(choice.filePath, request.content);
  return { status: 'saved', path: choice.filePath };
};
