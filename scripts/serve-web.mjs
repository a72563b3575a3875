#!/usr/bin/env node
// Serves the built browser version (dist-web/) on 127.0.0.1, prints its address and, on a
// desktop, opens it in the default browser. Ctrl+C stops it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist-web', 'index.html'))) {
  console.log('Parallax: the browser build is missing; run `npm run build:web` first (npm run start:web does both).');
  process.exit(1);
}

const server = await preview({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn', preview: { host: '127.0.0.1', open: false } });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
console.log(`Parallax is running at ${url} (open it in your browser; Ctrl+C stops it).`);

const opener = { darwin: ['open'], win32: ['cmd', '/c', 'start', '""'] }[process.platform] ?? ['xdg-open'];
const canOpen = !process.env.CI && !process.env.PARALLAX_NO_OPEN && (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (canOpen) {
  const child = spawn(opener[0], [...opener.slice(1), url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}
