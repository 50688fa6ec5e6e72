/**
 * The VS Code extension (editors/vscode/) installed from its own lockfile and packaged with @vscode/vsce, as its
 * CI and a release do: the .vsix holds the compiled client (built by `vscode:prepublish`, never committed), its
 * manifest, readme and license and the language client's modules, and neither its sources nor its dev tools.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { emptyFolder, removeFolders, runOk } from './consumers.js';

afterAll(removeFolders);

let extension: string;
let packaged: string[];

beforeAll(() => {
  // Its own copy of the folder: the repository is shared, and this installs and builds in place.
  extension = emptyFolder('vscode');
  cpSync(path.join(inject('repository'), 'editors', 'vscode'), extension, { recursive: true });
  runOk('npm', ['ci', '--no-audit', '--no-fund'], extension);
  runOk('npx', ['vsce', 'package', '--allow-missing-repository', '--out', 'gapcheck.vsix'], extension);
  packaged = runOk('unzip', ['-Z1', 'gapcheck.vsix'], extension).stdout.split('\n').filter(Boolean);
});

describe('the VS Code extension, packaged with vsce', () => {
  it('holds its manifest, readme, license and compiled client, and no sources', () => {
    const own = packaged.filter((file) => file.startsWith('extension/') && !file.includes('/node_modules/'));
    expect(own.sort()).toEqual([
      'extension/LICENSE.txt',
      'extension/out/extension.js',
      'extension/package.json',
      'extension/readme.md',
    ]);
  });

  it('ships the language client it runs on, and none of the tools that build it', () => {
    const modules = new Set(packaged.map((file) => /^extension\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1]));
    expect(modules).toContain('vscode-languageclient');
    expect(modules).toContain('vscode-languageserver-protocol');
    for (const tool of ['typescript', '@vscode/vsce', '@types/vscode']) expect(modules).not.toContain(tool);
  });

  it('activates on YAML files and starts its client from the compiled entry point', () => {
    const manifest = JSON.parse(readFileSync(path.join(extension, 'package.json'), 'utf8'));
    expect(manifest.activationEvents).toEqual(['onLanguage:yaml']);
    expect(manifest.main).toBe('./out/extension.js');
    const compiled = readFileSync(path.join(extension, 'out', 'extension.js'), 'utf8');
    expect(compiled).toContain('exports.activate');
    expect(compiled).toContain('require("vscode-languageclient/node")');
  });
});
