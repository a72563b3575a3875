// The Content Security Policy of renderer/index.html, parsed directive by directive: scripts only
// from the app itself (no inline code, no eval, no remote hosts), nothing fetched from elsewhere,
// no plugins, frames, forms or <base>. Only Vite's dev server relaxes it, never a build.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { devCsp } from '../../scripts/dev-csp.mjs';

const html = readFileSync('renderer/index.html', 'utf8');
const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
const policy = new Map(
  content
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name, ...sources]) => [name, sources]),
);

describe('the renderer CSP', () => {
  it('is in the page, before any script', () => {
    expect(content).not.toBe('');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('denies by default and allows scripts only from the app: no inline code, no eval, no remote hosts', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    for (const sources of policy.values()) {
      for (const source of sources) expect(source).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/);
    }
  });

  it('loads nothing from another host: every source is the app, data:, blob: or the hash of one inline block', () => {
    const local = /^('self'|'none'|data:|blob:|'sha(256|384|512)-[A-Za-z0-9+/]+=*')$/;
    for (const [directive, sources] of policy) {
      for (const source of sources) expect(source, directive).toMatch(local);
    }
    // Executable content never comes from data: or blob: URLs; images and the engine's worker may.
    expect(policy.get('script-src')).not.toContain('data:');
    expect(policy.get('script-src')).not.toContain('blob:');
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('forbids plugins, frames, form posts and <base>', () => {
    for (const directive of ['object-src', 'frame-src', 'form-action', 'base-uri']) expect(policy.get(directive), directive).toEqual(["'none'"]);
  });

  it('is relaxed only by the dev server, never in a build', () => {
    const plugin = devCsp();
    expect(plugin.apply).toBe('serve');
  });
});
