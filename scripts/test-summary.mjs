// Prints "N passed, N failed" from vitest's JSON report, so a run that executed no test, or
// stopped before the tests (type errors, failed build), cannot pass unnoticed.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-artifacts/vitest-report.json';
if (!existsSync(file)) {
  console.log('test-summary: no test report (the tests did not run)');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
// A test file that could not even load counts as a failure too.
const failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(passed > 0 && failed === 0 ? 0 : 1);
