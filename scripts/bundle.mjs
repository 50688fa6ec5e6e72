/**
 * Build step, run after tsc: bundles the CLI and its worker thread, each into one file in dist/bundle/
 * (`cli.js`, `worker.js`), so a run loads two modules instead of about a hundred: Node's ES module loader costs
 * about a millisecond per module, and start-up is what `gapcheck` costs on one file (docs/performance.md).
 * The packages are bundled too; a few CommonJS ones require Node's own modules, hence the `require` below.
 * Ajv and the precompiled validators stay outside: they are loaded at run time, and only when needed.
 */
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'dist/cli/main.js', worker: 'dist/audit/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: "import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
