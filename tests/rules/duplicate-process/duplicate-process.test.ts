import { describe, expect, it } from 'vitest';
import { auditFiles } from '../../helpers/audit-text.js';
import { testRule } from '../rule-tester.js';

testRule('duplicate-process');

describe('duplicate-process across files', () => {
  const byPost = 'tests/rules/duplicate-process/two-files/returns-by-post.yaml';
  const inStore = 'tests/rules/duplicate-process/two-files/returns-in-store.yaml';
  const duplicates = (paths: string[]) =>
    auditFiles(paths)
      .gaps.filter((gap) => gap.rule === 'duplicate-process')
      .map(({ file, process, step, line, message }) => ({ file, process, step, line, message }));

  it('gives every process that shares an id the gap, naming the other file', () => {
    expect(duplicates([inStore, byPost])).toEqual([
      {
        file: byPost,
        process: 'returns',
        step: null,
        line: 3,
        message: `process id "returns" is also used in ${inStore}:4; give each process its own id`,
      },
      {
        file: inStore,
        process: 'returns',
        step: null,
        line: 4,
        message: `process id "returns" is also used in ${byPost}:3; give each process its own id`,
      },
    ]);
  });

  it('finds nothing in either file audited alone', () => {
    expect(duplicates([byPost])).toEqual([]);
    expect(duplicates([inStore])).toEqual([]);
  });
});
