import { buildApp } from './app.js';
import { FEATURES } from './features/index.js';
import { scheduleDailyDigest } from './features/notifications/digest.js';
import { bootPlatform } from './platform/bootstrap.js';
import { loadConfig } from './platform/config.js';
import { MigrationError } from './platform/db/migrations.js';

const config = loadConfig();

try {
  const platform = await bootPlatform(config, FEATURES);
  const app = await buildApp({ config, database: platform.database, jobs: platform.jobs });
  await platform.jobs.start();
  scheduleDailyDigest({ database: platform.database, jobs: platform.jobs });
  await app.listen({ port: config.port, host: config.host });
  const where = platform.database.kind === 'pglite' ? `PGlite at ${config.dataDir}` : 'PostgreSQL server';
  console.info(
    `AreaPlan ready on http://${config.host}:${config.port} (${where}, Node.js ${process.version}) ` +
      `${Math.round(performance.now())} ms after the process started`,
  );
  if (platform.generatedAdminPassword) {
    console.info(
      `First start: administrator "admin" password is ${platform.generatedAdminPassword} (shown once; change it).`,
    );
  }
  const shutdown = async () => {
    await app.close();
    await platform.jobs.stop();
    await platform.database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
} catch (error) {
  if (error instanceof MigrationError) {
    console.error(error.message);
    console.error('AreaPlan did not start: fix the database or restore a backup, then start again.');
  } else {
    console.error('AreaPlan did not start / เริ่มระบบไม่สำเร็จ:', error);
  }
  process.exit(1);
}
