import { compileInkFile } from './compile.ts';
import { Story } from 'inkjs/engine/Story';
const compiled = compileInkFile('story/main.ink');
if (!compiled.ok || !compiled.json) { for (const e of compiled.errors) console.error(`${e.file}:${e.line}: ${e.message}`); process.exit(1); }
const story = new Story(compiled.json);
story.allowExternalFunctionFallbacks = true;
const VARS = ['stalin','supply','diplo','nkvd','zhukov_file','north','opinion','cas_sov','tl','blucher_denounced','lyushkov_value','changkufeng_held','nomonhan_1938','aid_cut','airbase_dispersed','zhukov_fate','khalkhin_won','manchuria_war','chiang_forced_offensive','chiang_offensive_timed','harbin_pocket','mukden_taken','sakhalin_lost','distanced_spain','sh_staff_line'];
const vs = () => VARS.map(v => { try { return String(story.variablesState.$(v)); } catch { return '?'; } }).join(',');
const seen = new Set<string>();
const endings = new Map<string, {count:number, route:string[], vars:string}>();
let n = 0;
function labelOf(t: string) { return t.slice(0, 50); }
function dfs(route: string[]) {
  let ending = '';
  while (story.canContinue) {
    story.Continue();
    for (const t of story.currentTags ?? []) { const m = /^ending:\s*(.+)$/.exec(t.trim()); if (m) ending = m[1]!; }
  }
  if (ending || story.currentChoices.length === 0) {
    const e = endings.get(ending || 'DEAD') ?? { count: 0, route, vars: vs() };
    e.count++; endings.set(ending || 'DEAD', e); return;
  }
  const key = (story.state.currentPathString ?? '') + '|' + story.currentChoices.map(c=>c.text).join('/') + '|' + vs();
  if (seen.has(key)) return; seen.add(key); n++;
  const saved = story.state.ToJson();
  const choices = story.currentChoices.map((c, i) => ({ i, t: c.text }));
  for (const c of choices) {
    story.state.LoadJson(saved);
    story.ChooseChoiceIndex(c.i);
    dfs([...route, `${story.state.currentPathString?.split('.')[0] ?? ''}:${String.fromCharCode(65 + c.i)}:${labelOf(c.t)}`]);
  }
}
story.ChoosePathString('shtern_start');
dfs([]);
console.log('states', n);
for (const [k, v] of [...endings].sort()) { console.log(`${k}: ${v.count}\n  vars: ${VARS.join(',')}\n        ${v.vars}`); for (const r of v.route) console.log('   ', r); }
