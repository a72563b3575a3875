// The security audit (tools/security/audit.mjs) must fail on an insecure app, not only pass on ours:
// it is run here on small planted apps. `npm test` runs it on the real one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; base-uri 'none'; object-src 'none'; frame-src 'none'">`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-audit-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small app: package.json (the checker reads Electron's version there) and the given files. */
function plant(name: string, files: Record<string, string>): string {
  const app = join(dir, name);
  const manifest = JSON.stringify({ name, main: 'main/index.js', devDependencies: { electron: '45.5.0' } });
  for (const [path, content] of Object.entries({ 'package.json': manifest, ...files })) {
    mkdirSync(join(app, path, '..'), { recursive: true });
    writeFileSync(join(app, path), content);
  }
  return app;
}

function audit(folder: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['tools/security/audit.mjs', folder], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const page = `<!doctype html><html><head>${CSP}</head><body><script src="./main.js"></script></body></html>`;
const safeMain = `import { BrowserWindow, app, session } from 'electron';
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
session.defaultSession.setPermissionRequestHandler((_c, _p, callback) => callback(false));
export const win = new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' } });
`;

// Each run starts the checker (seconds, mostly loading its parsers): they run side by side.
describe.concurrent('the security audit', () => {
  it('passes a locked-down window', async () => {
    const result = await audit(plant('safe', { 'index.html': page, 'main/index.ts': safeMain }));
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/no medium or high findings/);
    expect(result.status).toBe(0);
  });

  it('fails on an unsandboxed window with Node integration and without isolation, naming each finding and its place', async () => {
    const insecure = safeMain.replace('contextIsolation: true, sandbox: true, nodeIntegration: false', 'contextIsolation: false, nodeIntegration: true');
    const result = await audit(plant('node-integration', { 'index.html': page, 'main/index.ts': insecure }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^HIGH NODE_INTEGRATION_JS_CHECK main\/index\.ts:7:/m);
    expect(result.stderr).toMatch(/^HIGH CONTEXT_ISOLATION_JS_CHECK main\/index\.ts:7:/m);
    expect(result.stderr).toMatch(/^MEDIUM SANDBOX_JS_CHECK main\/index\.ts:7:/m);
    expect(result.stderr).toMatch(/failed: 3 medium or high finding/);
  });

  it('fails on Node integration even where electronegativity rates it informational', async () => {
    const insecure = safeMain.replace('sandbox: true, nodeIntegration: false', 'nodeIntegration: true, nodeIntegrationInWorker: true');
    const result = await audit(plant('node-in-worker', { 'index.html': page, 'main/index.ts': insecure }));
    expect(result.status).toBe(1);
    expect(result.stderr.match(/^HIGH NODE_INTEGRATION_JS_CHECK main\/index\.ts:7:.*failing by project policy/gm)).toHaveLength(2);
  });

  it('fails on an unchecked openExternal in a React component, a page without a CSP and a file it cannot parse', async () => {
    const component = `import { shell } from 'electron';\nexport function Link({ href }: { href: string }) {\n  return <a onClick={() => shell.openExternal(href)}>{href}</a>;\n}\n`;
    const result = await audit(plant('open-external', { 'index.html': page.replace(CSP, ''), 'main/index.ts': safeMain, 'renderer/Link.tsx': component, 'main/broken.ts': 'export const = ;' }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^MEDIUM OPEN_EXTERNAL_JS_CHECK renderer\/Link\.tsx:3:/m);
    expect(result.stderr).toMatch(/^MEDIUM CSP_GLOBAL_CHECK \(whole app\): No CSP/m);
    expect(result.stderr).toMatch(/could not check .*main\/broken\.ts/);
  });

  it('honours a suppression written on the line of the finding, and only there', async () => {
    const bare = "{ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });";
    const twoWindows = safeMain.replace("{ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' } });", `${bare} // eng-disable AUXCLICK_JS_CHECK\nexport const other = new BrowserWindow(${bare}`);
    const result = await audit(plant('suppressed', { 'index.html': page, 'main/index.ts': twoWindows }));
    expect(result.stderr.match(/^MEDIUM AUXCLICK_JS_CHECK main\/index\.ts:\d+/gm)).toEqual(['MEDIUM AUXCLICK_JS_CHECK main/index.ts:8']);
  });
});
