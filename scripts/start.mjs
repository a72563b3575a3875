#!/usr/bin/env node
// `npm start`: opens Parallax in Electron, or in the browser when Electron cannot run here.
// Electron 42+ downloads its binary on first use; electron-vite does not trigger that, and
// require('electron') would start the download as a side effect. So: look for the binary
// (path.txt), run Electron's installer once if it is missing, and if that fails (offline,
// blocked) say so in one line and start the browser build instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function hasElectronBinary() {
  return existsSync(join(electronDir, 'path.txt'));
}

function installElectronBinary() {
  if (!existsSync(join(electronDir, 'install.js'))) return false;
  console.log('Parallax: downloading the Electron binary (first start only)…');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, stdio: ['ignore', 'ignore', 'pipe'], timeout: 10 * 60_000 });
  return result.status === 0 && hasElectronBinary();
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

if (hasElectronBinary() || installElectronBinary()) {
  run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'preview', '--config', 'electron.config.ts']);
} else {
  console.log(
    'Parallax: the Electron binary could not be downloaded (offline or blocked), so Parallax opens in your browser instead; to get the desktop window, run `node node_modules/electron/install.js` once when online, then `npm start` again.',
  );
  run(npm, ['run', 'start:web']);
}
