/** The sample workshop report linked from the README is what gapcheck writes today for sample-processes/. */
import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SAMPLE_REPORT, renderSampleReport } from '../../scripts/generate-sample-report.js';

it(`${SAMPLE_REPORT} is the current report of sample-processes/`, async () => {
  const regenerate = 'run `npm run report:sample` and commit the result';
  expect(existsSync(SAMPLE_REPORT), `${SAMPLE_REPORT} is missing: ${regenerate}`).toBe(true);
  expect(
    readFileSync(SAMPLE_REPORT, 'utf8'),
    `${SAMPLE_REPORT} differs from what gapcheck writes now: ${regenerate}`,
  ).toBe(await renderSampleReport());
});
