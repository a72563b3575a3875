// Builds the browser version once and serves it on 127.0.0.1 for every end-to-end test file.
import type { TestProject } from 'vitest/node';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  // A build folder of its own, so two test runs on one machine never serve each other's half-written build.
  const outDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  await build({ configFile: 'vite.web.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({ configFile: 'vite.web.config.ts', logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
  return async () => {
    await new Promise<void>((resolve) => server!.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  };
}
