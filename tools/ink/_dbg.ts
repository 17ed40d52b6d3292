import { compileInkFile } from './compile.ts';
import { StoryRunner } from '../../src/narrative/storyRunner.ts';
import { storyFeatures } from './storyFeatures.ts';
import { stateKey } from './stateKey.ts';
const r = compileInkFile(process.argv[2]!);
const f = (c: number) => { const run = new StoryRunner(r.json!); run.start(0); run.choose(c); return stateKey(run.story.state, storyFeatures(run.story)); };
const a = f(0), b = f(1);
console.log(a === b); console.log(a); console.log('---'); console.log(b);
