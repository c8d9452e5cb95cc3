// Entry of dist-electron/server/admin.js (`npm run admin -- <command>`): opens the configured storage
// (migrating it like the server would), runs one admin command, closes.
import { ConfigError, loadConfig } from '../config';
import { openStorage } from '../db/storage';
import { ADMIN_USAGE, runAdminCommand } from './cli';

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
  readStdin,
};

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('--help') || args[0] === 'help') {
    io.out(ADMIN_USAGE);
    return args.length === 0 ? 2 : 0;
  }
  let config;
  try {
    config = loadConfig(process.env, { cwd: process.cwd(), staticDir: '' });
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
  const storage = await openStorage({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    return await runAdminCommand(args, storage.db, io);
  } finally {
    await storage.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    io.err(`admin: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
