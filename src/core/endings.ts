/**
 * The endings catalogue: the one source of truth for which ending a run
 * reaches. The story asks through the EXTERNAL `pick_ending(at)`; the ink
 * fallback in story/common/endings.ink mirrors these rules for Inky, and
 * tests/story/endingsAgree.test.ts proves the two agree on every reachable state.
 *
 * Checkpoints: "chapter" (start of every decision scene), "act1" (end of Act I),
 * "final" (end of the campaign; the figure's default ending always matches).
 * Entries of one figure are checked in catalogue order; the default is last.
 */
import type { FigureId } from './figures';
import { flag, num, str, type StoryVars } from './storyVars';

export type Checkpoint = 'chapter' | 'act1' | 'final';

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
  /** Does it fire at this checkpoint with these variables? */
  fires: (at: Checkpoint, v: StoryVars) => boolean;
}

const finalOnly =
  (cond: (v: StoryVars) => boolean) =>
  (at: Checkpoint, v: StoryVars): boolean =>
    at === 'final' && cond(v);

export const ENDINGS: readonly EndingDef[] = [
  // ── Shtern ──
  {
    id: 'SH-E1',
    figure: 'shtern',
    title: 'The Khasan Scapegoat',
    knot: 'sh_end_scapegoat',
    hint: 'The NKVD needs someone to blame for Khasan.',
    rule: 'NKVD attention ≥ 90 at any chapter, or at the end of Act I NKVD ≥ 75 or Stalin’s favour ≤ 25 (bible §5.1).',
    fires: (at, v) =>
      num(v, 'nkvd') >= 90 || (at === 'act1' && (num(v, 'nkvd') >= 75 || num(v, 'stalin') <= 25)),
  },
  {
    id: 'SH-E2',
    figure: 'shtern',
    title: 'The Victors Are Shot',
    knot: 'sh_end_victors_shot',
    hint: 'Win at Nomonhan a year early — and keep a file on Zhukov.',
    rule: 'Timeline S0, Nomonhan fought and won in 1938, the Zhukov file ≥ 40 and NKVD ≥ 50: the purge takes the victors, you among them.',
    fires: finalOnly(
      (v) =>
        str(v, 'tl') === 'S0' &&
        flag(v, 'nomonhan_1938') &&
        flag(v, 'khalkhin_won') &&
        num(v, 'zhukov_file') >= 40 &&
        num(v, 'nkvd') >= 50,
    ),
  },
  {
    id: 'SH-E4',
    figure: 'shtern',
    title: 'Marshal of Manchuria',
    knot: 'sh_end_marshal',
    hint: 'Take the war to Mukden before winter — with Stalin behind you and the NKVD at bay.',
    rule: 'Timeline S1, war for Manchuria, Mukden taken, Stalin’s favour ≥ 70 and NKVD ≤ 45. (Mukden needs logistics ≥ 60 and a Chinese offensive, set in the story.)',
    fires: finalOnly(
      (v) =>
        str(v, 'tl') === 'S1' &&
        flag(v, 'manchuria_war') &&
        flag(v, 'mukden_taken') &&
        num(v, 'stalin') >= 70 &&
        num(v, 'nkvd') <= 45,
    ),
  },
  {
    id: 'SH-E3',
    figure: 'shtern',
    title: 'Stalemate in the Snow',
    knot: 'sh_end_stalemate',
    hint: 'Invade Manchuria without the means to finish it.',
    rule: 'War for Manchuria without Mukden taken: the offensive stalls and Stalin wants a culprit.',
    fires: finalOnly((v) => flag(v, 'manchuria_war') && !flag(v, 'mukden_taken')),
  },
  {
    id: 'SH-E6',
    figure: 'shtern',
    title: 'The Man Who Was Not Shot',
    knot: 'sh_end_not_shot',
    star: true,
    hint: 'Survive 1941: win cheaply, stay in favour, stay invisible — and never denounce Blyukher.',
    rule: 'After the 1941 Reckoning: NKVD ≤ 20, Stalin’s favour ≥ 80, Zhukov rising, the Mongolian battle won with Soviet casualties ≤ 20 thousand, Blyukher never denounced. Competent choices raise NKVD attention and obedient ones cost lives: it needs both against his habits.',
    fires: finalOnly(
      (v) =>
        num(v, 'nkvd') <= 20 &&
        num(v, 'stalin') >= 80 &&
        str(v, 'zhukov_fate') === 'rising' &&
        flag(v, 'khalkhin_won') &&
        num(v, 'cas_sov') <= 20 &&
        !flag(v, 'blucher_denounced'),
    ),
  },
  {
    id: 'SH-E5',
    figure: 'shtern',
    title: 'The Bullet at Barbysh',
    knot: 'sh_end_barbysh',
    historical: true,
    hint: 'What really happened.',
    rule: 'Default: Khasan and Khalkhin Gol won, Hero of the Soviet Union, arrested in June 1941 and shot on 28 October 1941.',
    fires: (at) => at === 'final',
  },
  // ── Chiang ──
  {
    id: 'CH-E1',
    figure: 'chiang',
    title: 'A Separate Peace',
    knot: 'ch_end_separate_peace',
    hint: 'Talk to Tokyo behind Moscow’s back — with nobody left at home.',
    rule: 'Secret talks with Tokyo, Stalin’s favour ≤ 20 and the United Front ≤ 25.',
    fires: finalOnly((v) => flag(v, 'peace_feelers') && num(v, 'stalin') <= 20 && num(v, 'unity') <= 25),
  },
  {
    id: 'CH-E2',
    figure: 'chiang',
    title: "Stalin's Generalissimo",
    knot: 'ch_end_generalissimo',
    hint: 'Attack when Moscow says attack, and keep saying yes.',
    rule: 'Forced offensive for Moscow, Freedom of Action ≤ 30 and Stalin’s favour ≥ 60.',
    fires: finalOnly(
      (v) => flag(v, 'chiang_forced_offensive') && num(v, 'autonomy') <= 30 && num(v, 'stalin') >= 60,
    ),
  },
  {
    id: 'CH-E3',
    figure: 'chiang',
    title: "Mao's Northeast",
    knot: 'ch_end_maos_northeast',
    hint: 'Break the United Front while Moscow looks for another Chinese card.',
    rule: 'United Front ≤ 20, Stalin’s favour ≤ 35, and a Soviet war for Manchuria, the Northeast left to the CCP, or the New Fourth Army crushed.',
    fires: finalOnly(
      (v) =>
        num(v, 'unity') <= 20 &&
        num(v, 'stalin') <= 35 &&
        (flag(v, 'manchuria_war') || flag(v, 'northeast_to_ccp') || flag(v, 'n4a_crushed')),
    ),
  },
  {
    id: 'CH-E4',
    figure: 'chiang',
    title: 'The Wuhan Respite',
    knot: 'ch_end_wuhan_respite',
    hint: 'If Japan digs in on the Soviet border in 1938, use every week it gives you.',
    rule: 'Timeline S0, aid not cut, the Khasan respite used at Wuhan, logistics ≥ 55 and United Front ≥ 40.',
    fires: finalOnly(
      (v) =>
        str(v, 'tl') === 'S0' &&
        !flag(v, 'aid_cut') &&
        flag(v, 'wuhan_respite') &&
        num(v, 'supply') >= 55 &&
        num(v, 'unity') >= 40,
    ),
  },
  {
    id: 'CH-E6',
    figure: 'chiang',
    title: 'The Northeast Restored',
    knot: 'ch_end_northeast_restored',
    star: true,
    hint: 'Let Stalin beat Japan in Manchuria — and take the Northeast back under your own flag.',
    rule: 'Timeline S1, Mukden taken, a timed (not forced) Chinese offensive, Freedom of Action ≥ 60, United Front ≥ 60, Diplomatic Standing ≥ 70, Stalin’s favour ≥ 50. Refusing Moscow costs favour and obeying costs freedom; it also needs the CCP crackdowns Chiang favoured to be forgone.',
    fires: finalOnly(
      (v) =>
        str(v, 'tl') === 'S1' &&
        flag(v, 'mukden_taken') &&
        flag(v, 'chiang_offensive_timed') &&
        !flag(v, 'chiang_forced_offensive') &&
        num(v, 'autonomy') >= 60 &&
        num(v, 'unity') >= 60 &&
        num(v, 'diplo') >= 70 &&
        num(v, 'stalin') >= 50,
    ),
  },
  {
    id: 'CH-E5',
    figure: 'chiang',
    title: 'Halfway Out of Danger',
    knot: 'ch_end_halfway',
    historical: true,
    hint: 'What really happened.',
    rule: 'Default: the pact, about a thousand Soviet aircraft, the Nazi-Soviet pact, the New Fourth Army incident, fading aid; Barbarossa and Pearl Harbor bring allies.',
    fires: (at) => at === 'final',
  },
  // ── Kwantung ──
  {
    id: 'KW-E1',
    figure: 'kwantung',
    title: 'Gekokujō',
    knot: 'kw_end_gekokujo',
    hint: 'Answer Tokyo under your own seal once too often.',
    rule: 'Orders forged and Tokyo’s trust at −45 or lower, at any chapter.',
    fires: (_at, v) => flag(v, 'forged_orders') && num(v, 'leash') <= -45,
  },
  {
    id: 'KW-E2',
    figure: 'kwantung',
    title: 'The Yalu Line',
    knot: 'kw_end_yalu_line',
    hint: 'Start the war early — and stand where Stalin wants you to stand.',
    rule: 'Timeline S1 and the Kwantung Army encircled at Harbin.',
    fires: finalOnly((v) => str(v, 'tl') === 'S1' && flag(v, 'harbin_pocket')),
  },
  {
    id: 'KW-E3',
    figure: 'kwantung',
    title: 'Karafuto for Manchuria',
    knot: 'kw_end_karafuto',
    hint: 'In an early war, give ground in Manchuria and take something Moscow wants back.',
    rule: 'Timeline S1, North Sakhalin taken, no Harbin pocket, logistics ≥ 50, World Opinion ≥ 30, Moscow’s Restraint ≥ 40.',
    fires: finalOnly(
      (v) =>
        str(v, 'tl') === 'S1' &&
        flag(v, 'sakhalin_taken') &&
        !flag(v, 'harbin_pocket') &&
        num(v, 'supply') >= 50 &&
        num(v, 'opinion') >= 30 &&
        num(v, 'stalin') >= 40,
    ),
  },
  {
    id: 'KW-E4',
    figure: 'kwantung',
    title: 'North Wind Rain',
    knot: 'kw_end_north_wind_rain',
    hint: 'Come out of Nomonhan with the army still believing, and Tokyo listening, in 1941.',
    rule: 'Kantokuen sanctioned, Strike North ≥ 70, Tokyo’s trust ≥ 0, logistics ≥ 55, Japanese casualties ≤ 12 thousand.',
    fires: finalOnly(
      (v) =>
        flag(v, 'kantokuen') &&
        num(v, 'north') >= 70 &&
        num(v, 'leash') >= 0 &&
        num(v, 'supply') >= 55 &&
        num(v, 'cas_jpn') <= 12,
    ),
  },
  {
    id: 'KW-E6',
    figure: 'kwantung',
    title: 'The Hill We Kept',
    knot: 'kw_end_hill_we_kept',
    star: true,
    hint: 'Keep Changkufeng in 1938 — and betray your own clique to keep the peace.',
    rule: 'Timeline S0, the hill held, no Nomonhan in 1938, Tokyo’s trust ≥ 30, logistics ≥ 45, Diplomatic Standing ≥ 60, Moscow’s Restraint ≥ 50. Opening S0 pulls Tokyo’s trust down; the ending then needs the hawk to block his own clique.',
    fires: finalOnly(
      (v) =>
        str(v, 'tl') === 'S0' &&
        flag(v, 'changkufeng_held') &&
        !flag(v, 'nomonhan_1938') &&
        num(v, 'leash') >= 30 &&
        num(v, 'supply') >= 45 &&
        num(v, 'diplo') >= 60 &&
        num(v, 'stalin') >= 50,
    ),
  },
  {
    id: 'KW-E5',
    figure: 'kwantung',
    title: 'Sent South',
    knot: 'kw_end_sent_south',
    historical: true,
    hint: 'What really happened.',
    rule: 'Default: Nomonhan lost, ceasefire on 15/16 September 1939, a posting away, and back to plan the southern war.',
    fires: (at) => at === 'final',
  },
];

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
