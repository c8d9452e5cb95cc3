// PGlite has no lock of its own: two processes opening one data directory corrupt it. A pid file next to
// the directory refuses a second server while the first lives, and is taken over once its owner is gone.
import { readFile, rm, writeFile } from 'node:fs/promises';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the lock at `lockPath`; resolves to a function that releases it. */
export async function lockDataDir(lockPath: string, dataDir: string): Promise<() => Promise<void>> {
  const release = () => rm(lockPath, { force: true });
  try {
    await writeFile(lockPath, String(process.pid), { flag: 'wx' });
    return release;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
  if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
    throw new Error(
      `The database in ${dataDir} is already in use by another Liaison Desk server (pid ${owner}). ` +
        `Stop it, or set DATA_DIR to another directory. If no such server runs, delete ${lockPath}.`,
    );
  }
  await writeFile(lockPath, String(process.pid));
  return release;
}
