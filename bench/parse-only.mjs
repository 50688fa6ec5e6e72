// The bench's parse-only pass: read and parse every file named in the list with gapcheck's own YAML layer, nothing else.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseYaml } from '../dist/load/yaml.js';

const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
let documents = 0;
for (const text of texts) documents += parseYaml(text).length;
process.stdout.write(`${documents}\n`);
