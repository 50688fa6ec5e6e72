/**
 * What a JSON Schema error (Ajv's) says, in the words a support lead uses: the one translation for process
 * files, configs and rule options, so a mistake reads the same wherever it is made.
 */
import type { ErrorObject } from 'ajv';
export declare const ID_RULE = "must use lowercase letters, digits and dashes, like";
/**
 * The predicate of an error (`must be one of phone, email — did you mean "email"?`). `written`: the value
 * as written, when it is text to quote back; `phrase`: what the schema's part at fault says instead, if anything.
 */
export declare function schemaProblem(error: ErrorObject, written: string | undefined, phrase?: string): string;
/** The JSON types a `type` error expected. */
export declare function expectedTypes(error: ErrorObject): string[];
/** The keys (and list positions) down to what an error is about, from its JSON Pointer. */
export declare function pointerSegments(error: ErrorObject): string[];
/** How ajv's `minItems` reads to a person: `paths: []` "must not be an empty list". */
export declare function listAtLeast(limit: number): string;
/** What an id that breaks the id pattern must look like, with the id its writer most likely meant. */
export declare function idProblem(written: string): string;
/** The id a person most likely meant: `Receive Call` → `receive-call`. */
export declare function exampleId(text: string): string;
