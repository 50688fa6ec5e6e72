/**
 * What a JSON Schema error (Ajv's) says, in the words a support lead uses: the one translation for process
 * files, configs and rule options, so a mistake reads the same wherever it is made.
 */
import type { ErrorObject } from 'ajv';
import { DURATION_PATTERN } from '../model/time.js';
import { didYouMean } from './suggest.js';

const TYPE_WORDS: Readonly<Record<string, string>> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'nothing',
};

/** Ids are at most this long in the id an error message proposes: it stays readable whatever was written. */
const MAX_EXAMPLE_ID_CHARS = 60;

export const ID_RULE = 'must use lowercase letters, digits and dashes, like';

/**
 * The predicate of an error (`must be one of phone, email — did you mean "email"?`). `written`: the value
 * as written, when it is text to quote back; `phrase`: what the schema's part at fault says instead, if anything.
 */
export function schemaProblem(error: ErrorObject, written: string | undefined, phrase?: string): string {
  const params: Record<string, unknown> = error.params;
  switch (error.keyword) {
    case 'type':
      return (
        phrase ??
        `must be ${expectedTypes(error)
          .map((type) => TYPE_WORDS[type] ?? type)
          .join(' or ')}`
      );
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return `must be one of ${allowed.join(', ')}${written === undefined ? '' : didYouMean(written, allowed)}`;
    }
    case 'pattern':
      return (
        phrase ??
        (String(params.pattern) === DURATION_PATTERN.source
          ? 'must be a duration like 90s, 2m, 4h'
          : idProblem(written ?? ''))
      );
    case 'format':
      return `must be a real date: ${written ?? 'this date'} does not exist`;
    case 'minLength':
      return 'must not be empty';
    case 'maxLength':
      return `must be at most ${String(params.limit)} characters long`;
    case 'minItems':
      return phrase ?? listAtLeast(Number(params.limit));
    case 'minimum':
      return `must be at least ${String(params.limit)}`;
    case 'uniqueItems':
      return 'must not list a value twice';
    default:
      return phrase ?? 'is not valid here';
  }
}

/** The JSON types a `type` error expected. */
export function expectedTypes(error: ErrorObject): string[] {
  return String((error.params as Record<string, unknown>).type).split(',');
}

/** The keys (and list positions) down to what an error is about, from its JSON Pointer. */
export function pointerSegments(error: ErrorObject): string[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** How ajv's `minItems` reads to a person: `paths: []` "must not be an empty list". */
export function listAtLeast(limit: number): string {
  return limit <= 1 ? 'must not be an empty list' : `must list at least ${limit} values`;
}

/** What an id that breaks the id pattern must look like, with the id its writer most likely meant. */
export function idProblem(written: string): string {
  return `${ID_RULE} ${exampleId(written)}`;
}

/** The id a person most likely meant: `Receive Call` → `receive-call`. */
export function exampleId(text: string): string {
  const id = text
    .slice(0, MAX_EXAMPLE_ID_CHARS)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'receive-call';
}
