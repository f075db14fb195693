// Composition root: load .env, start Newsdesk, stop cleanly on SIGINT/SIGTERM. Exit codes: 0 after
// a clean stop, 1 for a configuration problem or a failed start.
import 'dotenv/config';
import { StartupError, startNewsdesk } from './app.ts';
import type { Newsdesk } from './app.ts';

let app: Newsdesk | undefined;

process.on('unhandledRejection', (reason) => {
  // Logged, never fatal: one failed promise must not take every server's bot down.
  if (app) app.logger.error({ err: reason }, 'unhandled rejection');
  else console.error('unhandled rejection:', reason instanceof Error ? reason.message : reason);
});

async function shutdown(signal: string): Promise<void> {
  app?.logger.info({ signal }, 'stopping');
  await app?.stop();
  process.exit(0);
}

try {
  app = await startNewsdesk(process.env);
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} catch (err) {
  if (err instanceof StartupError) console.error(err.message);
  else console.error('Newsdesk failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
}
