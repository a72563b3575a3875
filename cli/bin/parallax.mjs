#!/usr/bin/env node
// Entry point of `parallax`: runs the TypeScript sources directly through tsx, so it works
// right after `npm ci` with no build step.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function fail(error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`parallax: internal error: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  if (process.env.PARALLAX_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
}

// A closed pipe (`parallax ... | head`) is not an error worth a message.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  fail(error);
});

try {
  const { register } = await import('tsx/esm/api');
  const tsconfig = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));
  register({ tsconfig: existsSync(tsconfig) ? tsconfig : false });
  const { run } = await import('../main.ts');
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  fail(error);
}
