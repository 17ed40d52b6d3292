import { loadStory, makeRunner } from './loadStory.ts';
import { storyFeatures } from './storyFeatures.ts';
import { stateKey } from './stateKey.ts';
// random walks to depth D; collect keys & vars
const l = loadStory('story/main.ink');
const runner = makeRunner(l.json!, l.isOurs);
const f = storyFeatures(runner.story);
const D = Number(process.argv[2] ?? 9);
const keys = new Map<string, string>(); const vals = new Map<string, Set<string>>(); const pos = new Set<string>();
let seed = 1; const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
for (let i = 0; i < 3000; i++) {
  let st = runner.start(0, 'shtern_start'); let d = 0;
  while (d < D && st.choices.length) { st = runner.choose(rnd(st.choices.length)); d++; }
  if (d < D) continue;
  const k = stateKey(runner.story.state, f);
  const v = runner.variables();
  keys.set(k, JSON.stringify(v));
  pos.add(k.split('\n').slice(1, 3).join('|').slice(0, 200));
  for (const [n, x] of Object.entries(v)) { let s = vals.get(n); if (!s) vals.set(n, s = new Set()); s.add(String(x)); }
}
console.log('keys', keys.size, 'distinct var tuples', new Set(keys.values()).size, 'positions', pos.size);
for (const [n, s] of vals) if (s.size > 1) console.log(n, s.size, [...s].slice(0, 12).join(' '));
