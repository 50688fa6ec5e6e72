#!/usr/bin/env node
// `gapcheck --version` alone answers before the CLI and its rules load (docs/performance.md).
const [flag, ...rest] = process.argv.slice(2);
if ((flag === '--version' || flag === '-v') && rest.length === 0) {
  const { version } = await import('../dist/version.js');
  process.stdout.write(`${version()}\n`);
} else {
  const { main } = await import('../dist/bundle/cli.js');
  process.exitCode = await main(process.argv);
}
