/** docs/api.md's plugin rule is the one the rule tester's tests run (tests/api/acme-rule.ts), so the guide's example compiles and works. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it("docs/api.md's rule is tests/api/acme-rule.ts's, word for word", () => {
  const guide = readFileSync('docs/api.md', 'utf8');
  const rule = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .find((block) => block.includes('export const intakeWithOwner'));
  expect(rule).toBeDefined();
  expect(readFileSync('tests/api/acme-rule.ts', 'utf8')).toContain(rule);
});
