// electron-vite build of the desktop app. Every entry is explicit because the folders are
// main/, renderer/ (not electron-vite's src/ defaults).
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { devCsp } from './scripts/dev-csp.mjs';
import { plainStrings, workerOutput } from './scripts/plain-strings.mjs';
import { sampleAnalysis } from './scripts/sample-analysis.mjs';
import { winkModelData } from './scripts/wink-model-data.mjs';
import { wordnetLicence } from './scripts/wordnet-licence.mjs';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: 'main/index.ts' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload is loaded as a classic script: CommonJS, never ESM (.mjs).
      rolldownOptions: {
        input: { preload: 'main/preload.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), devCsp(), sampleAnalysis(), wordnetLicence()],
    // Classic workers: a module worker loaded from file:// is refused by Chromium.
    worker: { format: 'iife', plugins: () => [winkModelData(), plainStrings()], rolldownOptions: { output: workerOutput } },
    build: {
      outDir: 'out/renderer',
      chunkSizeWarningLimit: 6000,
      rolldownOptions: { input: 'renderer/index.html', checks: { pluginTimings: false } },
    },
  },
});
