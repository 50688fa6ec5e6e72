/**
 * The rules an audit runs, as data: the list in catalogue order, looked up by id. The
 * command line chooses the registry (the built-in rules, `BUILT_IN_RULES`) and hands it
 * to everything that needs the rule list: config validation, waivers, the audit, the
 * cache key, reports, `rules` and `explain`. As bpmnlint's linter takes its resolver,
 * none of them imports the fixed list, so a registry may hold more rules than gapcheck's own.
 */
import { createHash } from 'node:crypto';
import type { AnyRule } from './types.js';

export class RuleRegistry {
  private readonly byId: ReadonlyMap<string, AnyRule>;
  /** Every rule id, in catalogue order: what waivers and the config may name. */
  readonly ids: readonly string[];
  private identityText?: string;

  /**
   * `code`: a fingerprint of the code of rules that are not part of gapcheck's build (a
   * plugin's file, for one); the build's own fingerprint already covers the built-in rules.
   */
  constructor(
    readonly rules: readonly AnyRule[],
    private readonly code = '',
  ) {
    this.byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
    if (this.byId.size !== rules.length) {
      const twice = rules.map((rule) => rule.meta.id).filter((id, index, ids) => ids.indexOf(id) !== index);
      throw new Error(`rules registered twice: ${[...new Set(twice)].join(', ')}`);
    }
    this.ids = rules.map((rule) => rule.meta.id);
  }

  /** What tells this rule set from another, for the cache key: each rule's kind and metadata, and `code`. Worked out on first use. */
  get identity(): string {
    this.identityText ??= createHash('sha256')
      .update(JSON.stringify([this.code, this.rules.map(({ kind, meta }) => [kind, meta])]))
      .digest('hex');
    return this.identityText;
  }

  get(id: string): AnyRule | undefined {
    return this.byId.get(id);
  }

  /** `registries`' rules, each id once, in the order first met: the rules a run of several configs describes. */
  static union(registries: readonly RuleRegistry[]): RuleRegistry {
    const [first, ...others] = registries as [RuleRegistry, ...RuleRegistry[]];
    const known = new Set(first.ids);
    const added = others.flatMap((registry) =>
      registry.rules.filter((rule) => !known.has(rule.meta.id) && known.add(rule.meta.id)),
    );
    return added.length === 0 ? first : first.with(added, JSON.stringify(others.map((other) => other.identity)));
  }

  /** This registry and `rules` after it (a team's own, issue 17), with the fingerprint of their code. */
  with(rules: readonly AnyRule[], code: string): RuleRegistry {
    return new RuleRegistry([...this.rules, ...rules], JSON.stringify([this.code, code]));
  }
}
