import { DATE_PATTERN, isValidDate } from '../model/time.js';
/**
 * Custom formats. Precompiled validators import this object (`formats.date.validate`), so it must stay a plain
 * exported value: standalone code cannot reach a closure.
 */
export const FORMATS = {
    /** A real calendar date; text that is not `YYYY-MM-DD` at all is left to the schema's `pattern`. */
    date: { type: 'string', validate: (text) => !DATE_PATTERN.test(text) || isValidDate(text) },
};
export const AJV_OPTIONS = {
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    formats: FORMATS,
};
/** The schemas, by file under `schemas/`, each precompiled to `dist/load/validators/<name>.js`. */
export const SCHEMA_FILES = { process: 'process.schema.json', config: 'config.schema.json' };
//# sourceMappingURL=ajv-options.js.map