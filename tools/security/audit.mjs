#!/usr/bin/env node
// Electronegativity (Doyensec's static checker for Electron security settings) over the app's own
// code. It fails, with one line per finding, on any finding of medium or high severity and on any
// file the checker could not parse, so a new insecure window option, a missing CSP or an unchecked
// openExternal stops CI. A false positive is suppressed where it occurs with
// `/* eng-disable CHECK_ID: reason */`, never here.
//
//   node tools/security/audit.mjs                 the app: main/, renderer/, shared/ and package.json
//   node tools/security/audit.mjs FOLDER          any other folder (the tests plant findings this way)
//
// Exit status: 0 clean, 1 findings, 2 the audit itself could not run.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const APP_PARTS = ['main', 'renderer', 'shared', 'package.json'];
/** Fetches Electron's release list from GitHub on every run: not repeatable offline, and the version is pinned in package.json anyway. */
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];
const FAILING = new Set(['MEDIUM', 'HIGH']);
/**
 * Electronegativity rates an explicit `nodeIntegration: true` as informational (it leans on its
 * isolation and sandbox checks); here Node never reaches a renderer, so any such finding fails.
 */
const ALWAYS_FAILING = new Set(['NODE_INTEGRATION_JS_CHECK', 'NODE_INTEGRATION_HTML_CHECK', 'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK']);
const fails = (issue) => FAILING.has(issue.severity.name) || ALWAYS_FAILING.has(issue.id);

const require = createRequire(import.meta.url);
/** Its old ESLint and TypeScript live in tools/security/ alone; the first run installs them there. */
function loadElectronegativity() {
  try {
    return require('@doyensec/electronegativity');
  } catch {
    console.error('security audit: installing Electronegativity into tools/security (first run only)...');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const installed = spawnSync(npm, ['ci', '--prefix', here, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit', shell: process.platform === 'win32' });
    if (installed.status !== 0) {
      console.error('security audit: could not install Electronegativity; run `npm ci --prefix tools/security` and try again.');
      process.exit(2);
    }
    return require('@doyensec/electronegativity');
  }
}
const run = loadElectronegativity();

/** Copies what is scanned into one folder, so global checks (CSP, navigation, permissions) see main and renderer together. */
function stage(sources) {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-audit-'));
  for (const source of sources) cpSync(source, join(folder, source.split(/[\\/]/).pop()), { recursive: true });
  return folder;
}

async function quietly(task) {
  // The checker chats on stdout (translations, progress); only its findings matter here.
  const log = console.log;
  const warn = console.warn;
  console.log = () => undefined;
  console.warn = () => undefined;
  try {
    return await task();
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

const target = process.argv[2];
const sources = target ? [resolve(target)] : APP_PARTS.map((part) => join(repo, part));
for (const source of sources) {
  if (!existsSync(source)) {
    console.error(`security audit: ${source} does not exist.`);
    process.exit(2);
  }
}

const staged = target ? null : stage(sources);
const input = staged ?? sources[0];
let result;
try {
  result = await quietly(() => run({ input, isRelative: true, excludeFromScan: EXCLUDED_CHECKS }));
} catch (error) {
  console.error(`security audit: electronegativity failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
} finally {
  if (staged) rmSync(staged, { recursive: true, force: true });
}

const unparsed = result.errors.filter((error) => !error.tolerable);
const findings = result.issues.filter(fails);
const minor = [...new Set(result.issues.filter((issue) => !fails(issue)).map((issue) => issue.id))];

for (const error of unparsed) console.error(`security audit: could not check ${error.file}: ${error.message}`);
for (const issue of findings) {
  const where = issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const severity = FAILING.has(issue.severity.name) ? issue.severity.name : 'HIGH';
  const why = severity === issue.severity.name ? '' : `; rated ${issue.severity.name.toLowerCase()} by electronegativity, failing by project policy`;
  console.error(`${severity} ${issue.id} ${where}: ${issue.description} (${issue.confidence.name.toLowerCase()} confidence${why}; ${issue.shortenedURL})`);
}

const checks = `${result.atomicChecks + result.globalChecks} electronegativity checks`;
if (findings.length || unparsed.length) {
  console.error(`security audit: failed: ${findings.length} medium or high finding(s), ${unparsed.length} file(s) not checked (${checks}).`);
  process.exit(1);
}
console.log(`security audit: no medium or high findings (${checks}${minor.length ? `; low or informational: ${minor.join(', ')}` : ''}).`);
