/** `npm start` / `npm run preview`: the built site, its search and its functions on one port. */
import { resolve } from 'node:path';
import { startLocalServer } from './local-server.ts';

const port = Number.parseInt(process.env['PORT'] ?? '4321', 10);
const outbox = resolve(process.env['OUTBOX_DIR'] ?? '.data/outbox');
const scheduleSeconds = Number.parseInt(process.env['POLKU_SCHEDULE_SECONDS'] ?? '60', 10);
const blobsDir = resolve(process.env['POLKU_BLOBS_DIR'] ?? '.data/blobs');
const server = await startLocalServer({ port, env: { OUTBOX_DIR: outbox }, scheduleSeconds, blobsDir });

console.log(`Polku is running at http://localhost:${server.port}/`);
console.log(`  Finnish: http://localhost:${server.port}/fi/   Swedish: http://localhost:${server.port}/sv/`);
console.log(`  Forwarded expressions of interest are written to ${outbox} (unless SMTP_URL is set)`);
if (scheduleSeconds > 0 && server.scheduled.length) {
  console.log(
    `  Scheduled functions (${server.scheduled.join(', ')}) run again ${scheduleSeconds} s after each run ends`,
  );
}
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
