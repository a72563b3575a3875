// The packaging config, read by electron-builder's own loader and schema check (no build is run:
// that would download Electron): every security fuse is set, and `npm run dist` uses this config.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

const loadConfig = (): Promise<Configuration> => getConfig(process.cwd(), null, null);

describe('packaging (electron-builder.yml)', () => {
  it('is a configuration electron-builder accepts', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.appId).toBe('org.parallax.desktop');
  });

  it('flips the fuses that stop the packaged app being used as Node, debugged or fed other code', async () => {
    const { electronFuses, asar } = await loadConfig();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // Integrity validation covers the app only when its code is in the archive.
    expect(asar).not.toBe(false);
  });

  it('packs the built app, not its sources or source maps', async () => {
    const { files, directories } = await loadConfig();
    // The loader normalises the list into file sets: { filter: [...] }.
    const patterns = ([files].flat() as (string | { filter?: string | string[] })[]).flatMap((f) => (typeof f === 'string' ? [f] : [f.filter ?? []].flat()));
    expect(patterns.sort()).toEqual(['!**/*.map', 'out/**/*', 'package.json']);
    expect(directories?.output).toBe('dist');
  });

  it('has `npm run dist` build first, then package with electron-builder', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.dist).toMatch(/^npm run build && electron-builder\b/);
  });
});
