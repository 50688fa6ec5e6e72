/** Every rule gapcheck knows, in catalogue order (SPEC §3). Adding a rule: write its file, then list it here. */
import { deadEnd } from './dead-end.js';
import { duplicateProcess } from './duplicate-process.js';
import { endlessLoop } from './endless-loop.js';
import { invalidProcess } from './invalid-process.js';
import type { AnyRule } from './types.js';
import { unknownReference } from './unknown-reference.js';
import { unreachableStep } from './unreachable-step.js';

export const RULES: readonly AnyRule[] = [
  // Structural rules
  invalidProcess,
  unknownReference,
  deadEnd,
  endlessLoop,
  unreachableStep,
  duplicateProcess,
];

export function findRule(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
