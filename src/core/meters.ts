/**
 * The meters the story moves (story bible §1.1–1.3): names match the ink VARs
 * in story/common/meters.ink; ranges match its clamps.
 */
import type { FigureId } from './figures';
import { num, type StoryVars } from './storyVars';

export type GoodDirection = 'up' | 'down' | 'neither';

export interface MeterDef {
  /** The ink VAR name. */
  id: string;
  label: string;
  /** Label override per figure (the Kwantung UI calls Stalin's favour Moscow's Restraint). */
  labelFor?: Partial<Record<FigureId, string>>;
  /** One line the player can read in the HUD tooltip and the help. */
  explain: string;
  explainFor?: Partial<Record<FigureId, string>>;
  min: number;
  max: number;
  /**
   * Which campaigns show it; undefined = every campaign. Kept to the meters a
   * figure's choices can move (tests/story/metersShown.test.ts proves it).
   */
  figures?: readonly FigureId[];
  /** For a world meter or a count: why this figure is shown it (the help says so). */
  whyShown?: Partial<Record<FigureId, string>>;
  /**
   * Which way is better for the player, by the endings' rules: 'down' for
   * suspicion and one's own losses; 'neither' when no ending of that figure
   * asks for it either way.
   */
  good: GoodDirection;
  goodFor?: Partial<Record<FigureId, GoodDirection>>;
  /** A count only ever grows (casualties): the HUD never shows it going down. */
  count?: boolean;
  /** Tracked but never shown (Shtern's hidden Zhukov file). */
  hidden?: boolean;
  group: 'core' | 'figure' | 'world' | 'casualties';
  /** Unit suffix for display, e.g. "k" for thousands. */
  unit?: string;
}

export const METERS: readonly MeterDef[] = [
  {
    id: 'stalin',
    label: "Stalin's Favour",
    labelFor: { kwantung: "Moscow's Restraint" },
    explain: 'How Stalin sees you. Low favour in Moscow is dangerous to anyone within its reach.',
    explainFor: {
      chiang: 'Stalin’s goodwill: it keeps the aircraft, credits and advisers coming.',
      kwantung:
        'Stalin’s willingness to settle locally. Low means Moscow has decided to make an example of Japan.',
    },
    min: 0,
    max: 100,
    good: 'up',
    group: 'core',
  },
  {
    id: 'supply',
    label: 'Logistics',
    explain: 'Railheads, trucks, shells, fuel, bridges and aircraft deliveries: what you can actually move.',
    min: 0,
    max: 100,
    good: 'up',
    group: 'core',
  },
  {
    id: 'diplo',
    label: 'Diplomatic Standing',
    explain: 'Your side’s standing abroad and your hand at the negotiating table.',
    explainFor: {
      shtern: 'The USSR’s standing abroad and in the People’s Commissariat for Foreign Affairs.',
      chiang: 'China’s standing with Moscow, London, Washington and Paris.',
      kwantung: 'Tokyo’s bargaining position.',
    },
    min: 0,
    max: 100,
    good: 'up',
    group: 'core',
  },
  {
    id: 'nkvd',
    label: 'NKVD Attention',
    explain:
      'Purge suspicion. Rises with defeatism, defending the purged, Spanish links and credit-grabbing. At 90 they come for you.',
    min: 0,
    max: 100,
    figures: ['shtern'],
    good: 'down',
    group: 'figure',
  },
  {
    id: 'zhukov_file',
    label: 'The Zhukov File',
    explain: 'What Moscow holds against Zhukov.',
    min: 0,
    max: 100,
    figures: ['shtern'],
    hidden: true,
    good: 'neither',
    group: 'figure',
  },
  {
    id: 'leash',
    label: "Tokyo's Trust",
    explain:
      'Positive: the General Staff trusts you. Negative: gekokujō, the Kwantung Army acting on its own. At −45 after forging orders, you are finished.',
    min: -50,
    max: 50,
    figures: ['kwantung'],
    // KW-E4 and KW-E6 need trust (≥ 0, ≥ 30); KW-E1 ends the run at −45.
    good: 'up',
    group: 'figure',
  },
  {
    id: 'unity',
    label: 'United Front',
    explain: 'The health of the Second United Front between the Kuomintang and the Communists.',
    min: 0,
    max: 100,
    figures: ['chiang'],
    good: 'up',
    group: 'figure',
  },
  {
    id: 'autonomy',
    label: 'Freedom of Action',
    explain: 'Low means dependence on Moscow, drifting toward puppet status.',
    min: 0,
    max: 100,
    figures: ['chiang'],
    // Low is CH-E2, Stalin's puppet.
    good: 'up',
    group: 'figure',
  },
  {
    id: 'north',
    label: 'Strike North',
    explain: 'Above 60 Tokyo leans toward war with the USSR; below 40 it turns south, the Navy’s line.',
    min: 0,
    max: 100,
    // Japan turning north is war on the USSR (bad for Shtern), the Kwantung
    // officer's aim (KW-E4 needs 70), and no ending of Chiang's asks for it.
    good: 'neither',
    goodFor: { shtern: 'down', kwantung: 'up' },
    whyShown: {
      shtern: 'Whether Japan’s next war comes north, against you.',
      chiang: 'Where Japan turns next: north against the USSR, or further into China and south.',
      kwantung: 'Your clique’s cause: North Wind Rain needs 70 or more.',
    },
    group: 'world',
  },
  {
    id: 'opinion',
    label: 'World Opinion',
    explain: 'How the press and governments abroad see your side.',
    min: 0,
    max: 100,
    good: 'up',
    whyShown: {
      shtern: 'The press abroad reads Khasan and Khalkhin Gol; Moscow reads the press.',
      chiang: 'London, Washington and Paris decide credits and guarantees on it.',
      kwantung: 'Karafuto for Manchuria needs 30 or more: a settlement needs the world to accept it.',
    },
    group: 'world',
  },
  {
    id: 'cas_sov',
    label: 'Soviet casualties',
    explain: 'Soviet and Mongolian killed, wounded and missing in the Far East, in thousands.',
    min: 0,
    max: 1000,
    // Shtern's own men (SH-E6 needs ≤ 20 thousand); for the Kwantung officer
    // the enemy's losses, which no ending of his asks for.
    good: 'down',
    goodFor: { kwantung: 'neither' },
    count: true,
    figures: ['shtern', 'kwantung'],
    whyShown: {
      shtern: 'Your own losses: the best ending needs 20 thousand or fewer.',
      kwantung: 'What your battles cost the enemy.',
    },
    group: 'casualties',
    unit: 'k',
  },
  {
    id: 'cas_jpn',
    label: 'Japanese casualties',
    explain: 'Japanese and Manchukuoan killed, wounded and missing on the Soviet borders, in thousands.',
    min: 0,
    max: 1000,
    good: 'neither',
    goodFor: { kwantung: 'down' },
    count: true,
    figures: ['shtern', 'kwantung'],
    whyShown: {
      shtern: 'What your battles cost the enemy.',
      kwantung: 'Your own losses: North Wind Rain needs 12 thousand or fewer at Nomonhan.',
    },
    group: 'casualties',
    unit: 'k',
  },
  {
    id: 'cas_chn',
    label: 'Chinese casualties',
    explain: 'Chinese soldiers lost in the offensives you order, in thousands.',
    min: 0,
    max: 1000,
    figures: ['chiang'],
    good: 'down',
    count: true,
    whyShown: { chiang: 'Your own soldiers lost in the offensives you order.' },
    group: 'casualties',
    unit: 'k',
  },
];

export interface MeterReading {
  id: string;
  label: string;
  explain: string;
  /** Why a world meter or a count is shown to this figure ('' for the figure's own meters). */
  whyShown: string;
  good: GoodDirection;
  count: boolean;
  value: number;
  min: number;
  max: number;
  unit: string;
  group: MeterDef['group'];
}

export function meterLabel(def: MeterDef, figure: FigureId): string {
  return def.labelFor?.[figure] ?? def.label;
}

export function goodDirection(def: MeterDef, figure: FigureId): GoodDirection {
  return def.goodFor?.[figure] ?? def.good;
}

/**
 * The meters a player of this figure is shown, in display order: the one list
 * the HUD, the Meters help and the ending chart all use.
 */
export function shownMeters(figure: FigureId): MeterDef[] {
  return METERS.filter((m) => !m.hidden && (!m.figures || m.figures.includes(figure)));
}

/** The shown meters drawn on the ending chart: not the counts, whose thousands would flatten the 0–100 lines. */
export function chartedMeters(figure: FigureId): MeterDef[] {
  return shownMeters(figure).filter((m) => !m.count);
}

/** The meters a player of this figure sees, in display order, with values. */
export function visibleMeters(figure: FigureId, vars: StoryVars): MeterReading[] {
  return shownMeters(figure).map((m) => ({
    id: m.id,
    label: meterLabel(m, figure),
    explain: m.explainFor?.[figure] ?? m.explain,
    whyShown: m.whyShown?.[figure] ?? '',
    good: goodDirection(m, figure),
    count: m.count ?? false,
    value: num(vars, m.id),
    min: m.min,
    max: m.max,
    unit: m.unit ?? '',
    group: m.group,
  }));
}

/** Every meter's value (hidden ones included): what a run records after each choice. */
export function meterValues(vars: StoryVars): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of METERS) out[m.id] = num(vars, m.id);
  return out;
}

/** Meters outside their declared range: a story bug that story:check reports. */
export function metersOutOfRange(vars: StoryVars): string[] {
  const bad: string[] = [];
  for (const m of METERS) {
    const v = vars[m.id];
    if (typeof v !== 'number') continue;
    if (v < m.min || v > m.max) bad.push(`${m.id}=${v} outside ${m.min}…${m.max}`);
  }
  return bad;
}
