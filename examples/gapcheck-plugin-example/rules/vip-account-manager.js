/**
 * A VIP process's intake reaches a step done by the account manager: a key account that only ever hears from a
 * queue leaves. Types: gapcheck/rules.
 *
 * @type {import('gapcheck/rules').ProcessRule<{ tags: string[]; role: string }>}
 */
export const vipAccountManager = {
  kind: 'process',
  meta: {
    id: 'example/vip-account-manager',
    defaultSeverity: 'high',
    summary: 'An intake of a process tagged {tags} reaches a step done by the {role}.',
    why: 'A key account that only ever hears from a queue or a form leaves: its account manager is the person it pays for.',
    fix: 'Add a `contact` step done by the account manager on every way from the intake, or hand the case to them.',
    docs: 'https://github.com/gapcheck/gapcheck/tree/main/examples/gapcheck-plugin-example#readme',
    structural: false,
    defaultOptions: { tags: ['vip'], role: 'account-manager' },
    optionsSchema: {
      type: 'object',
      properties: {
        tags: {
          type: 'array',
          items: { type: 'string' },
          description: 'The tags of the processes the rule checks: any of them.',
        },
        role: { type: 'string', description: 'The role of the account manager, as the processes name it.' },
      },
    },
  },
  check(process, { graph, options }) {
    if (!process.tags.some((tag) => options.tags.includes(tag))) return [];
    const byManager = graph.nearestPaths((index) => graph.step(index).actor?.id === options.role);
    return graph.reachableOfType('intake').flatMap((intake) => {
      if (byManager(intake) !== undefined) return [];
      const id = graph.step(intake).id;
      const toEnd = graph.pathToFirstEnd(intake, []);
      return [
        {
          step: id,
          message: `intake "${id}" never reaches a step done by ${options.role}`,
          fix: `Have ${options.role} contact the customer after "${id}".`,
          ...(toEnd && { path: graph.ids(toEnd) }),
        },
      ];
    });
  },
};
