/**
 * Build step, run after tsc: bundles the CLI, its worker thread and the language server, each into one file in
 * dist/bundle/ (`cli.js`, `worker.js`, `lsp.js`: only `gapcheck lsp` loads the last, and the packages it needs), so a run loads two modules instead of about a hundred: Node's ES module loader costs
 * about a millisecond per module, and start-up is what `gapcheck` costs on one file (docs/performance.md).
 * The packages are bundled too; a few CommonJS ones require Node's own modules, hence the `require` below.
 * Ajv and the precompiled validators stay outside: they are loaded at run time, and only when needed.
 * Then writes the fingerprint of the code built (BUILD_ID_FILE in src/version.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const { BUILD_ID_FILE } = await import(new URL('../dist/version.js', import.meta.url).href);

/** The CLI's `import('../lsp/server.js')` loads the language server's own bundle, beside the CLI's. */
const languageServerApart = {
  name: 'language-server-apart',
  setup(build) {
    build.onResolve({ filter: /\/lsp\/server\.js$/ }, (args) =>
      args.importer.endsWith('/cli/lsp-command.js') ? { path: './lsp.js', external: true } : undefined,
    );
  },
};

await build({
  entryPoints: { cli: 'dist/cli/main.js', worker: 'dist/audit/worker.js', lsp: 'dist/lsp/server.js' },
  outdir: 'dist/bundle',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: {
    js: "import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [languageServerApart],
});

// The public API (docs/api.md): its three entries, with the code they share in chunks beside them, and the worker
// thread its audits start (\`worker.js\` beside the code that starts it). Apart from the CLI's bundle, so the CLI's
// start-up does not change; its types are tsconfig.types.json's declarations in dist/types/.
await build({
  entryPoints: {
    gapcheck: 'dist/api/index.js',
    rules: 'dist/api/rules.js',
    testing: 'dist/api/testing.js',
    worker: 'dist/audit/worker.js',
  },
  outdir: 'dist/lib',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: {
    js: "import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// The fingerprint of what was built (the bundles and the precompiled validators, which hold the schemas): the
// cache keys results by it, so a development copy rebuilt from changed rules never reuses its old results.
const built = [
  'dist/bundle/cli.js',
  'dist/bundle/worker.js',
  ...readdirSync('dist/load/validators')
    .sort()
    .map((name) => `dist/load/validators/${name}`),
];
const fingerprint = createHash('sha256');
for (const file of built) fingerprint.update(file).update('\0').update(readFileSync(file)).update('\0');
writeFileSync(BUILD_ID_FILE, `${fingerprint.digest('hex').slice(0, 16)}\n`);
