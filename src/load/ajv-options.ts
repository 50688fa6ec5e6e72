/**
 * The one set of Ajv options for gapcheck's schemas, shared by the build step that precompiles the validators
 * (`scripts/compile-validators.mjs`) and by the run-time fallback in `validate.ts`, so both check alike.
 */
import type { Options } from 'ajv';
import { DATE_PATTERN, isValidDate } from '../model/time.js';

/**
 * Custom formats. Precompiled validators import this object (`formats.date.validate`), so it must stay a plain
 * exported value: standalone code cannot reach a closure.
 */
export const FORMATS = {
  /** A real calendar date; text that is not `YYYY-MM-DD` at all is left to the schema's `pattern`. */
  date: { type: 'string', validate: (text: string) => !DATE_PATTERN.test(text) || isValidDate(text) },
} as const;

export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  allowUnionTypes: true,
  formats: FORMATS,
} as const satisfies Options;

/** The schemas, by file under `schemas/`, each precompiled to `dist/load/validators/<name>.js`. */
export const SCHEMA_FILES = { process: 'process.schema.json', config: 'config.schema.json' } as const;
