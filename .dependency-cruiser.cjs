/**
 * The layers of src/, bottom first: a module may import its own folder and the folders below it, never one above
 * (docs/architecture.md). `.` is src/ itself: positions, escaping of untrusted text, the rule ids, errors, the version.
 * `api` is the public API (docs/api.md), which the command line composes its audit with.
 * `npm test` runs this check (`npm run lint:layers`); a new folder must be added here to be allowed at all.
 */
const LAYERS = ['.', 'model', 'load', 'rules', 'config', 'audit', 'report', 'api', 'lsp', 'cli'];

const folderPattern = (layer) => (layer === '.' ? '^src/[^/]+$' : `^src/${layer}/`);

const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `${layer === '.' ? 'src-root' : layer}-imports-upward`,
  comment: `${layer === '.' ? "src/'s root" : `src/${layer}/`} may import only ${LAYERS.slice(0, index + 1).join(', ')}`,
  severity: 'error',
  from: { path: folderPattern(layer) },
  to: { path: LAYERS.slice(index + 1).map(folderPattern) },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'folder-in-no-layer',
      comment: 'every folder of src/ has a place in LAYERS (.dependency-cruiser.cjs) and in docs/architecture.md',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map(folderPattern) },
      to: {},
    },
    {
      name: 'no-circular',
      comment: 'modules that import each other in a circle cannot be read, tested or loaded one at a time',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
