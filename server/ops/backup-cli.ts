// `npm run backup -- <file>` and `npm run restore -- <file>`: the database named by DATABASE_URL, or
// the embedded one in AREAPLAN_DATA_DIR (stop the server first). See docs/operations.md.
import { loadConfig } from '../platform/config.js';
import { backup, restore, type Target } from './backup.js';

const [command, file] = process.argv.slice(2);
if ((command !== 'backup' && command !== 'restore') || !file) {
  console.error('usage: npm run backup -- <file>  |  npm run restore -- <file>');
  process.exit(2);
}
const config = loadConfig();
const target: Target = config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir };
const where =
  'databaseUrl' in target ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${target.dataDir}`;
try {
  if (command === 'backup') {
    await backup(target, file);
    console.info(`สำรองข้อมูลแล้ว / Backed up the ${where} to ${file}`);
  } else {
    const status = await restore(file, target);
    if (status.problems.length > 0) {
      console.error(`Restored, but row-level security is incomplete: ${status.problems.join('; ')}`);
      process.exit(1);
    }
    console.info(
      `กู้คืนข้อมูลแล้ว / Restored ${file} into the ${where}: ${status.securedTables} secured tables, ${status.policies} policies`,
    );
  }
} catch (error) {
  console.error(`${command} failed: ${(error as Error).message}`);
  process.exit(1);
}
