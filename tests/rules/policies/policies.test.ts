/** docs/policies.md: every assertion and every selector condition, each with fixtures that pass and fail. Each fixture's config writes the policy `team-policy`. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { testRule } from '../rule-tester.js';

const FOLDER = 'tests/rules/policies';

for (const group of readdirSync(FOLDER, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
  testRule('team-policy', path.join(FOLDER, group.name));
}
