// Reads the machine reports of each test tool into { passed, failed, skipped }.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

/** ESLint JSON: a file passes when it has no error. A missing report counts as one failure. */
export function countEslint(file) {
  const report = read(file);
  if (!report) return { failed: 1 };
  const failed = report.filter((f) => f.errorCount > 0 || f.fatalErrorCount > 0).length;
  return { passed: report.length - failed, failed };
}

/** Vitest JSON (Jest-compatible): per test; a suite that failed to load counts as a failure. */
export function countVitest(file) {
  const report = read(file);
  if (!report) return { failed: 1 };
  const brokenSuites = report.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenSuites,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Playwright JSON: per test; errors outside tests (a web server that did not start) count as failures. */
export function countPlaywright(file) {
  const report = read(file);
  if (!report) return { failed: 1 };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0), skipped };
}
