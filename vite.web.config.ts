// The browser build of the renderer (npm run build:web / start:web, and the end-to-end
// tests): the same renderer as in Electron, with the browser Host instead of the preload.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devCsp } from './scripts/dev-csp.mjs';
import { plainStrings, workerOutput } from './scripts/plain-strings.mjs';
import { sampleAnalysis } from './scripts/sample-analysis.mjs';
import { winkModelData } from './scripts/wink-model-data.mjs';
import { wordnetLicence } from './scripts/wordnet-licence.mjs';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), devCsp(), sampleAnalysis(), wordnetLicence()],
  worker: { format: 'iife', plugins: () => [winkModelData(), plainStrings()], rolldownOptions: { output: workerOutput } },
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    // The build-time plugin report is noise for users running `npm start`.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
