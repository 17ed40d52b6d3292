/**
 * The endings catalogue: the one source of truth for which ending a run
 * reaches. The story asks through the EXTERNAL `pick_ending(at)`; the ink
 * fallback in story/common/endings.ink mirrors these rules for Inky, and
 * tests/story/endingsAgree.test.ts proves the two agree on every reachable state.
 *
 * Each ending's rule is data: one or more paths, each a checkpoint scope and a
 * list of named conditions. `fires` is derived from them, so the ending screen
 * can show which conditions a run met without a second copy of the rules.
 *
 * Checkpoints: "chapter" (start of every decision scene), "act1" (end of Act I),
 * "final" (end of the campaign; the figure's default ending always matches).
 * Entries of one figure are checked in catalogue order; the default is last.
 */
import type { FigureId } from './figures';
import { flag, num, str, type StoryVars } from './storyVars';

export type Checkpoint = 'chapter' | 'act1' | 'final';

export interface EndingCondition {
  /** The condition in the player's words, e.g. "NKVD attention ≤ 20". */
  label: string;
  holds: (v: StoryVars) => boolean;
}

/** One way to reach an ending: where it is checked, and what must all hold there. */
export interface EndingPath {
  /** "any" = at every checkpoint. */
  at: Checkpoint | 'any';
  conditions: readonly EndingCondition[];
}

export interface EndingDef {
  id: string;
  figure: FigureId;
  title: string;
  /** The ink knot that tells it (each begins with `# ending: <id>`). */
  knot: string;
  /** Historical ending: the default when nothing else matches. */
  historical?: boolean;
  /** The hardest ending of the figure: the challenge and speedrun target. */
  star?: boolean;
  /** One line shown on a locked ending in the collection. */
  hint: string;
  /** The rule in words, and why the thresholds are where they are. */
  rule: string;
  /** Any one path fully met fires the ending. The default has one final path with no conditions. */
  paths: readonly EndingPath[];
  /** Does it fire at this checkpoint with these variables? Derived from `paths`. */
  fires: (at: Checkpoint, v: StoryVars) => boolean;
}

function pathFires(p: EndingPath, at: Checkpoint, v: StoryVars): boolean {
  return (p.at === 'any' || p.at === at) && p.conditions.every((c) => c.holds(v));
}

function ending(def: Omit<EndingDef, 'fires'>): EndingDef {
  return { ...def, fires: (at, v) => def.paths.some((p) => pathFires(p, at, v)) };
}

const when = (label: string, holds: (v: StoryVars) => boolean): EndingCondition => ({ label, holds });
const atLeast = (id: string, label: string, n: number): EndingCondition =>
  when(`${label} ≥ ${n}`, (v) => num(v, id) >= n);
const atMost = (id: string, label: string, n: number): EndingCondition =>
  when(`${label} ≤ ${n}`, (v) => num(v, id) <= n);
const isSet = (id: string, label: string): EndingCondition => when(label, (v) => flag(v, id));
const notSet = (id: string, label: string): EndingCondition => when(label, (v) => !flag(v, id));
const timeline = (tl: string): EndingCondition => when(`Timeline ${tl}`, (v) => str(v, 'tl') === tl);
const atTheEnd = (...conditions: EndingCondition[]): EndingPath[] => [{ at: 'final', conditions }];
/** The figure's default: whatever else happened, at the end of the campaign. */
const DEFAULT: EndingPath[] = [{ at: 'final', conditions: [] }];

export const ENDINGS: readonly EndingDef[] = [
  // ── Shtern ──
  ending({
    id: 'SH-E1',
    figure: 'shtern',
    title: 'The Khasan Scapegoat',
    knot: 'sh_end_scapegoat',
    hint: 'The NKVD needs someone to blame for Khasan.',
    rule: 'NKVD attention ≥ 90 at any chapter, or at the end of Act I NKVD ≥ 75 or Stalin’s favour ≤ 25 (bible §5.1).',
    paths: [
      { at: 'any', conditions: [atLeast('nkvd', 'NKVD attention', 90)] },
      {
        at: 'act1',
        conditions: [
          when(
            'NKVD attention ≥ 75 or Stalin’s favour ≤ 25',
            (v) => num(v, 'nkvd') >= 75 || num(v, 'stalin') <= 25,
          ),
        ],
      },
    ],
  }),
  ending({
    id: 'SH-E2',
    figure: 'shtern',
    title: 'The Victors Are Shot',
    knot: 'sh_end_victors_shot',
    hint: 'Win at Nomonhan a year early — and keep a file on Zhukov.',
    rule: 'Timeline S0, Nomonhan fought and won in 1938, the Zhukov file ≥ 40 and NKVD ≥ 50: the purge takes the victors, you among them.',
    paths: atTheEnd(
      timeline('S0'),
      isSet('nomonhan_1938', 'Nomonhan fought in 1938'),
      isSet('khalkhin_won', 'The Mongolian battle won'),
      atLeast('zhukov_file', 'The Zhukov file', 40),
      atLeast('nkvd', 'NKVD attention', 50),
    ),
  }),
  ending({
    id: 'SH-E4',
    figure: 'shtern',
    title: 'Marshal of Manchuria',
    knot: 'sh_end_marshal',
    hint: 'Take the war to Mukden before winter — with Stalin behind you and the NKVD at bay.',
    rule: 'Timeline S1, war for Manchuria, Mukden taken, Stalin’s favour ≥ 70 and NKVD ≤ 45. (Mukden needs logistics ≥ 60 and a Chinese offensive, set in the story.)',
    paths: atTheEnd(
      timeline('S1'),
      isSet('manchuria_war', 'War for Manchuria'),
      isSet('mukden_taken', 'Mukden taken'),
      atLeast('stalin', 'Stalin’s favour', 70),
      atMost('nkvd', 'NKVD attention', 45),
    ),
  }),
  ending({
    id: 'SH-E3',
    figure: 'shtern',
    title: 'Stalemate in the Snow',
    knot: 'sh_end_stalemate',
    hint: 'Invade Manchuria without the means to finish it.',
    rule: 'War for Manchuria without Mukden taken: the offensive stalls and Stalin wants a culprit.',
    paths: atTheEnd(isSet('manchuria_war', 'War for Manchuria'), notSet('mukden_taken', 'Mukden not taken')),
  }),
  ending({
    id: 'SH-E6',
    figure: 'shtern',
    title: 'The Man Who Was Not Shot',
    knot: 'sh_end_not_shot',
    star: true,
    hint: 'Survive 1941: win cheaply, stay in favour, stay invisible — and never denounce Blyukher. The settling before Act III pulls Stalin’s Favour 5 toward 50 from a halfway value (85 becomes 80): keep it at 80 or above.',
    rule: 'After the 1941 Reckoning: NKVD ≤ 20, Stalin’s favour ≥ 80, Zhukov rising, the Mongolian battle won with Soviet casualties ≤ 20 thousand, Blyukher never denounced. Competent choices raise NKVD attention and obedient ones cost lives: it needs both against his habits.',
    paths: atTheEnd(
      atMost('nkvd', 'NKVD attention', 20),
      atLeast('stalin', 'Stalin’s favour', 80),
      when('Zhukov rising', (v) => str(v, 'zhukov_fate') === 'rising'),
      isSet('khalkhin_won', 'The Mongolian battle won'),
      atMost('cas_sov', 'Soviet casualties (thousands)', 20),
      notSet('blucher_denounced', 'Blyukher never denounced'),
    ),
  }),
  ending({
    id: 'SH-E5',
    figure: 'shtern',
    title: 'The Bullet at Barbysh',
    knot: 'sh_end_barbysh',
    historical: true,
    hint: 'What really happened.',
    rule: 'Default: Khasan and Khalkhin Gol won, Hero of the Soviet Union, arrested in June 1941 and shot on 28 October 1941.',
    paths: DEFAULT,
  }),
  // ── Chiang ──
  ending({
    id: 'CH-E1',
    figure: 'chiang',
    title: 'A Separate Peace',
    knot: 'ch_end_separate_peace',
    hint: 'Talk to Tokyo behind Moscow’s back — with nobody left at home.',
    rule: 'Secret talks with Tokyo, Stalin’s favour ≤ 20 and the United Front ≤ 25.',
    paths: atTheEnd(
      isSet('peace_feelers', 'Secret talks with Tokyo'),
      atMost('stalin', 'Stalin’s favour', 20),
      atMost('unity', 'United Front', 25),
    ),
  }),
  ending({
    id: 'CH-E2',
    figure: 'chiang',
    title: "Stalin's Generalissimo",
    knot: 'ch_end_generalissimo',
    hint: 'Attack when Moscow says attack, and keep saying yes.',
    rule: 'Forced offensive for Moscow, Freedom of Action ≤ 30 and Stalin’s favour ≥ 60.',
    paths: atTheEnd(
      isSet('chiang_forced_offensive', 'An offensive forced by Moscow'),
      atMost('autonomy', 'Freedom of Action', 30),
      atLeast('stalin', 'Stalin’s favour', 60),
    ),
  }),
  ending({
    id: 'CH-E3',
    figure: 'chiang',
    title: "Mao's Northeast",
    knot: 'ch_end_maos_northeast',
    hint: 'Break the United Front while Moscow looks for another Chinese card.',
    rule: 'United Front ≤ 20, Stalin’s favour ≤ 35, and a Soviet war for Manchuria, the Northeast left to the CCP, or the New Fourth Army crushed.',
    paths: atTheEnd(
      atMost('unity', 'United Front', 20),
      atMost('stalin', 'Stalin’s favour', 35),
      when(
        'A Soviet war for Manchuria, the Northeast left to the CCP, or the New Fourth Army crushed',
        (v) => flag(v, 'manchuria_war') || flag(v, 'northeast_to_ccp') || flag(v, 'n4a_crushed'),
      ),
    ),
  }),
  ending({
    id: 'CH-E4',
    figure: 'chiang',
    title: 'The Wuhan Respite',
    knot: 'ch_end_wuhan_respite',
    hint: 'If Japan digs in on the Soviet border in 1938, use every week it gives you.',
    rule: 'Timeline S0, aid not cut, the Khasan respite used at Wuhan, logistics ≥ 55 and United Front ≥ 40.',
    paths: atTheEnd(
      timeline('S0'),
      notSet('aid_cut', 'Soviet aid not cut'),
      isSet('wuhan_respite', 'The Khasan respite used at Wuhan'),
      atLeast('supply', 'Logistics', 55),
      atLeast('unity', 'United Front', 40),
    ),
  }),
  ending({
    id: 'CH-E6',
    figure: 'chiang',
    title: 'The Northeast Restored',
    knot: 'ch_end_northeast_restored',
    star: true,
    hint: 'Let Stalin beat Japan in Manchuria — and take the Northeast back under your own flag.',
    rule: 'Timeline S1, Mukden taken, a timed (not forced) Chinese offensive, Freedom of Action ≥ 60, United Front ≥ 60, Diplomatic Standing ≥ 70, Stalin’s favour ≥ 50. Refusing Moscow costs favour and obeying costs freedom; it also needs the CCP crackdowns Chiang favoured to be forgone.',
    paths: atTheEnd(
      timeline('S1'),
      isSet('mukden_taken', 'Mukden taken'),
      isSet('chiang_offensive_timed', 'A Chinese offensive timed to the Soviet blow'),
      notSet('chiang_forced_offensive', 'No offensive forced by Moscow'),
      atLeast('autonomy', 'Freedom of Action', 60),
      atLeast('unity', 'United Front', 60),
      atLeast('diplo', 'Diplomatic Standing', 70),
      atLeast('stalin', 'Stalin’s favour', 50),
    ),
  }),
  ending({
    id: 'CH-E5',
    figure: 'chiang',
    title: 'Halfway Out of Danger',
    knot: 'ch_end_halfway',
    historical: true,
    hint: 'What really happened.',
    rule: 'Default: the pact, about a thousand Soviet aircraft, the Nazi-Soviet pact, the New Fourth Army incident, fading aid; Barbarossa and Pearl Harbor bring allies.',
    paths: DEFAULT,
  }),
  // ── Kwantung ──
  ending({
    id: 'KW-E1',
    figure: 'kwantung',
    title: 'Gekokujō',
    knot: 'kw_end_gekokujo',
    hint: 'Answer Tokyo under your own seal once too often.',
    rule: 'Orders forged and Tokyo’s trust at −45 or lower, at any chapter.',
    paths: [
      {
        at: 'any',
        conditions: [isSet('forged_orders', 'Orders forged'), atMost('leash', 'Tokyo’s trust', -45)],
      },
    ],
  }),
  ending({
    id: 'KW-E2',
    figure: 'kwantung',
    title: 'The Yalu Line',
    knot: 'kw_end_yalu_line',
    hint: 'Start the war early — and stand where Stalin wants you to stand.',
    rule: 'Timeline S1 and the Kwantung Army encircled at Harbin.',
    paths: atTheEnd(timeline('S1'), isSet('harbin_pocket', 'The Kwantung Army encircled at Harbin')),
  }),
  ending({
    id: 'KW-E3',
    figure: 'kwantung',
    title: 'Karafuto for Manchuria',
    knot: 'kw_end_karafuto',
    hint: 'In an early war, give ground in Manchuria and take something Moscow wants back.',
    rule: 'Timeline S1, North Sakhalin taken, no Harbin pocket, logistics ≥ 50, World Opinion ≥ 30, Moscow’s Restraint ≥ 40.',
    paths: atTheEnd(
      timeline('S1'),
      isSet('sakhalin_taken', 'North Sakhalin taken'),
      notSet('harbin_pocket', 'No Harbin pocket'),
      atLeast('supply', 'Logistics', 50),
      atLeast('opinion', 'World Opinion', 30),
      atLeast('stalin', 'Moscow’s Restraint', 40),
    ),
  }),
  ending({
    id: 'KW-E4',
    figure: 'kwantung',
    title: 'North Wind Rain',
    knot: 'kw_end_north_wind_rain',
    hint: 'Come out of Nomonhan with the army still believing, and Tokyo listening, in 1941.',
    rule: 'Kantokuen sanctioned, Strike North ≥ 70, Tokyo’s trust ≥ 0, logistics ≥ 55, Japanese casualties ≤ 12 thousand.',
    paths: atTheEnd(
      isSet('kantokuen', 'Kantokuen sanctioned'),
      atLeast('north', 'Strike North', 70),
      atLeast('leash', 'Tokyo’s trust', 0),
      atLeast('supply', 'Logistics', 55),
      atMost('cas_jpn', 'Japanese casualties (thousands)', 12),
    ),
  }),
  ending({
    id: 'KW-E6',
    figure: 'kwantung',
    title: 'The Hill We Kept',
    knot: 'kw_end_hill_we_kept',
    star: true,
    hint: 'Keep Changkufeng in 1938 — and betray your own clique to keep the peace.',
    rule: 'Timeline S0, the hill held, no Nomonhan in 1938, Tokyo’s trust ≥ 30, logistics ≥ 45, Diplomatic Standing ≥ 60, Moscow’s Restraint ≥ 50. Opening S0 pulls Tokyo’s trust down; the ending then needs the hawk to block his own clique.',
    paths: atTheEnd(
      timeline('S0'),
      isSet('changkufeng_held', 'The hill held'),
      notSet('nomonhan_1938', 'No Nomonhan in 1938'),
      atLeast('leash', 'Tokyo’s trust', 30),
      atLeast('supply', 'Logistics', 45),
      atLeast('diplo', 'Diplomatic Standing', 60),
      atLeast('stalin', 'Moscow’s Restraint', 50),
    ),
  }),
  ending({
    id: 'KW-E5',
    figure: 'kwantung',
    title: 'Sent South',
    knot: 'kw_end_sent_south',
    historical: true,
    hint: 'What really happened.',
    rule: 'Default: Nomonhan lost, ceasefire on 15/16 September 1939, a posting away, and back to plan the southern war.',
    paths: DEFAULT,
  }),
];

/** An ending's text as a run told it: the last choice's aftermath, then the epilogue. */
export interface EndingText {
  aftermath: string[];
  epilogue: string[];
}

export function endingById(id: string): EndingDef | undefined {
  return ENDINGS.find((e) => e.id === id);
}

export function endingsOf(figure: FigureId): EndingDef[] {
  return ENDINGS.filter((e) => e.figure === figure);
}

/** The ending that fires for this figure at this checkpoint, or "" for none. */
export function pickEnding(figure: string, at: string, vars: StoryVars): string {
  const checkpoint: Checkpoint = at === 'act1' || at === 'final' ? at : 'chapter';
  for (const e of ENDINGS) {
    if (e.figure === figure && e.fires(checkpoint, vars)) return e.id;
  }
  return '';
}
