import { compileInkFile } from './compile.ts';
import { lintInk } from './lint.ts';
const c = compileInkFile('story/main.ink');
console.log(c.errors, c.warnings.length);
const l = lintInk(c.files);
for (const e of l.errors) console.log('E', e.file, e.line, e.message);
for (const e of l.warnings) console.log('W', e.file, e.line, e.message);
console.log(l.endingTags.size, l.staticTags.size, l.externals);
