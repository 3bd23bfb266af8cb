/**
 * Electronegativity (Doyensec's static check of Electron apps) over the shell's source (main,
 * preload, with the built page for its CSP) and over the built app in out/, with the installed
 * Electron version and without network. No HIGH finding is allowed; any other finding must be
 * listed, with its reason, in electronegativity-accepted.json (and explained in SECURITY.md).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const RUNNER = root('tests/security/electronegativityRun.mjs');

interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  sample: string;
}
interface Scan {
  input: string;
  checks: number;
  errors: string[];
  findings: Finding[];
}
interface Accepted {
  check: string;
  severity: string;
  file: string;
  reason: string;
}

const accepted = (
  JSON.parse(readFileSync(root('tests/security/electronegativity-accepted.json'), 'utf8')) as {
    accepted: Accepted[];
  }
).accepted;
const electronVersion = (
  JSON.parse(readFileSync(root('node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

let work: string;
let scans: Scan[];

beforeAll(() => {
  if (!existsSync(root('out/main/index.js')))
    throw new Error('Aplikasi belum dibangun: jalankan `npm run build` dulu.');
  // The shell's source, plus the built page whose meta tag carries the CSP.
  work = mkdtempSync(join(tmpdir(), 'rencana-electronegativity-'));
  const source = join(work, 'shell');
  cpSync(root('src/main'), join(source, 'src/main'), { recursive: true });
  cpSync(root('src/preload'), join(source, 'src/preload'), { recursive: true });
  mkdirSync(join(source, 'renderer'));
  cpSync(root('out/renderer/index.html'), join(source, 'renderer/index.html'));
  const reportFile = join(work, 'report.json');
  const result = spawnSync(
    process.execPath,
    [RUNNER, reportFile, electronVersion, source, root('out')],
    { encoding: 'utf8', timeout: 90_000, cwd: root('.') },
  );
  if (result.status !== 0 || !existsSync(reportFile))
    throw new Error(
      `electronegativity did not finish (status ${result.status}, ${result.signal ?? 'no signal'}):\n${result.stderr}`,
    );
  scans = JSON.parse(readFileSync(reportFile, 'utf8')) as Scan[];
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const isAccepted = (finding: Finding) =>
  accepted.some(
    (entry) =>
      entry.check === finding.id &&
      entry.severity === finding.severity &&
      new RegExp(entry.file).test(finding.file),
  );

describe('electronegativity', () => {
  it('ran all its checks over both inputs and could parse every file', () => {
    expect(scans).toHaveLength(2);
    for (const scan of scans) {
      expect(scan.checks).toBeGreaterThanOrEqual(40);
      expect(scan.errors).toEqual([]);
    }
  });

  it('finds nothing of HIGH severity', () => {
    const high = scans.flatMap((scan) => scan.findings.filter((f) => f.severity === 'HIGH'));
    expect(high).toEqual([]);
  });

  it('finds nothing that is not accepted with a written reason', () => {
    const unexplained = scans.flatMap((scan) => scan.findings.filter((f) => !isAccepted(f)));
    expect(unexplained).toEqual([]);
  });

  it('keeps no stale acceptance, and SECURITY.md explains each accepted check', () => {
    const all = scans.flatMap((scan) => scan.findings);
    const security = readFileSync(root('SECURITY.md'), 'utf8');
    for (const entry of accepted) {
      expect(entry.reason.length).toBeGreaterThan(40);
      const used = all.some(
        (f) =>
          f.id === entry.check &&
          f.severity === entry.severity &&
          new RegExp(entry.file).test(f.file),
      );
      expect(used, `${entry.check} ${entry.file}`).toBe(true);
      expect(security).toContain(entry.check);
    }
  });
});
