/**
 * The meters the story moves (story bible §1.1–1.3): names match the ink VARs
 * in story/common/meters.ink; ranges match its clamps.
 */
import type { FigureId } from './figures';
import { num, type StoryVars } from './storyVars';

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
  /** Which campaigns show it; undefined = every campaign. */
  figures?: readonly FigureId[];
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
    group: 'core',
  },
  {
    id: 'supply',
    label: 'Logistics',
    explain: 'Railheads, trucks, shells, fuel, bridges and aircraft deliveries: what you can actually move.',
    min: 0,
    max: 100,
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
    group: 'figure',
  },
  {
    id: 'unity',
    label: 'United Front',
    explain: 'The health of the Second United Front between the Kuomintang and the Communists.',
    min: 0,
    max: 100,
    figures: ['chiang'],
    group: 'figure',
  },
  {
    id: 'autonomy',
    label: 'Freedom of Action',
    explain: 'Low means dependence on Moscow, drifting toward puppet status.',
    min: 0,
    max: 100,
    figures: ['chiang'],
    group: 'figure',
  },
  {
    id: 'north',
    label: 'Strike North',
    explain: 'Above 60 Tokyo leans toward war with the USSR; below 40 it turns south, the Navy’s line.',
    min: 0,
    max: 100,
    group: 'world',
  },
  {
    id: 'opinion',
    label: 'World Opinion',
    explain: 'How the press and governments abroad see your side.',
    min: 0,
    max: 100,
    group: 'world',
  },
  {
    id: 'cas_sov',
    label: 'Soviet casualties',
    explain: 'Soviet and Mongolian killed, wounded and missing in the Far East, in thousands.',
    min: 0,
    max: 1000,
    group: 'casualties',
    unit: 'k',
  },
  {
    id: 'cas_jpn',
    label: 'Japanese casualties',
    explain: 'Japanese and Manchukuoan killed, wounded and missing on the Soviet borders, in thousands.',
    min: 0,
    max: 1000,
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
    group: 'casualties',
    unit: 'k',
  },
];

export interface MeterReading {
  id: string;
  label: string;
  explain: string;
  value: number;
  min: number;
  max: number;
  unit: string;
  group: MeterDef['group'];
}

export function meterLabel(def: MeterDef, figure: FigureId): string {
  return def.labelFor?.[figure] ?? def.label;
}

/** The meters a player of this figure sees, in display order, with values. */
export function visibleMeters(figure: FigureId, vars: StoryVars): MeterReading[] {
  return METERS.filter((m) => !m.hidden && (!m.figures || m.figures.includes(figure))).map((m) => ({
    id: m.id,
    label: meterLabel(m, figure),
    explain: m.explainFor?.[figure] ?? m.explain,
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
