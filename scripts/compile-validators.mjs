/**
 * Build step, run after tsc: precompiles the JSON Schemas under schemas/ into standalone ESM validators at
 * dist/load/validators/<name>.js, so gapcheck never compiles a schema when it runs (that took ~0.15 s per run).
 * Uses the very Ajv options validate.ts falls back to (dist/load/ajv-options.js, compiled by tsc just before).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { default: Ajv2020 } = require('ajv/dist/2020.js');
const { default: standaloneCode } = require('ajv/dist/standalone/index.js');
const { _ } = require('ajv');
const { AJV_OPTIONS, SCHEMA_FILES } = await import(new URL('../dist/load/ajv-options.js', import.meta.url).href);

const outDir = new URL('../dist/load/validators/', import.meta.url);
mkdirSync(outDir, { recursive: true });

for (const [name, schemaFile] of Object.entries(SCHEMA_FILES)) {
  const schema = JSON.parse(readFileSync(new URL(`../schemas/${schemaFile}`, import.meta.url), 'utf8'));
  // `formats.date` in the generated code reads the FORMATS object imported below.
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, formats: _`gapcheckFormats` } });
  let code = standaloneCode(ajv, ajv.compile(schema));
  // Ajv's ESM output still calls require() for its run-time helpers (CommonJS modules whose function is their
  // `exports.default`); turn each into a default import, which is their module.exports, and keep the `.default`.
  const helpers = new Map();
  code = code.replace(/require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)/gi, (_match, path) => {
    if (!helpers.has(path)) helpers.set(path, `gapcheckHelper${helpers.size}`);
    return helpers.get(path);
  });
  if (/\brequire\(/.test(code)) throw new Error(`${schemaFile}: generated validator still calls require()`);
  const imports = [
    ...(code.includes('gapcheckFormats') ? [`import { FORMATS as gapcheckFormats } from '../ajv-options.js';`] : []),
    ...[...helpers].map(([path, local]) => `import ${local} from '${path}.js';`),
  ];
  const file = new URL(`${name}.js`, outDir);
  writeFileSync(file, `${imports.join('\n')}\n${code.replace(/^"use strict";/, '')}\n`);
  // Load it and run it once on a wrong document, so a helper the generated code cannot reach fails the build.
  const { default: validate } = await import(file.href);
  if (validate({ '': [''] }) !== false || !validate.errors?.length)
    throw new Error(`${file.pathname}: does not validate`);
}
