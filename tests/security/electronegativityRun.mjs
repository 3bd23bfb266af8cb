// Runs electronegativity (its programmatic runner) over the given inputs with a fixed Electron
// version and writes the findings as JSON to the file named first (its own console output is
// noise). Its HTTP client is replaced so that it never reaches the network: it then uses its
// bundled en-US texts and skips the online list of Electron releases.
import { writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline: no network in the security check'));
    return Object.assign(offline, { default: offline, get: offline });
  }
  return load.call(this, request, parent, isMain);
};

const run = createRequire(import.meta.url)('@doyensec/electronegativity');

const [reportFile, electronVersion, ...inputs] = process.argv.slice(2);
const report = [];
for (const input of inputs) {
  const result = await run({ input, electronVersionOverride: electronVersion, isRelative: true });
  report.push({
    input,
    checks: result.globalChecks + result.atomicChecks,
    errors: result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`),
    findings: result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location?.line ?? 0,
      sample: issue.sample ?? '',
    })),
  });
}
writeFileSync(reportFile, JSON.stringify(report, null, 2));
// Nothing it started may keep the process alive once the report is written.
process.exit(0);
