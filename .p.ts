import { extractDocument } from './utils/extract/index';
import { readFileSync } from 'node:fs';
const t = readFileSync('tests/fixtures/seeds/' + process.argv[2], 'utf8');
for (let i = 0; i < 30; i++) extractDocument(t);
const t0 = performance.now(); for (let i = 0; i < 200; i++) extractDocument(t); console.log(t.length, (performance.now() - t0) / 200);
