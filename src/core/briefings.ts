/**
 * The one-screen briefing before a campaign: who you are, what you want, the
 * meters that decide your endings with their danger lines, and how an ending
 * is chosen. Each threshold is stated once, here, as data; the catalogue
 * (endings.ts) holds the rules, and tests/unit/briefings.test.ts proves every
 * line here matches the rule it describes.
 */
import { endingById, type Checkpoint } from './endings';
import { figureById, type FigureId } from './figures';
import { METERS, meterLabel } from './meters';

export interface DangerLine {
  meter: string;
  /** The line is crossed at `value` or beyond it in this direction. */
  side: 'atLeast' | 'atMost';
  value: number;
  /** Where the catalogue checks it. */
  at: Checkpoint;
  ending: string;
  /** 'leads-to': crossing it brings that ending; 'needs': that ending needs the meter on this side. */
  kind: 'leads-to' | 'needs';
  /** Other conditions of the same rule, in words, when there are some. */
  alsoWhen?: string;
}

interface BriefingData {
  want: string;
  lines: readonly DangerLine[];
}

const BRIEFINGS: Record<FigureId, BriefingData> = {
  shtern: {
    want: 'Win the border battles Moscow orders, keep Stalin’s favour, and stay out of the NKVD’s files: survive 1941.',
    lines: [
      { meter: 'nkvd', side: 'atLeast', value: 90, at: 'chapter', ending: 'SH-E1', kind: 'leads-to' },
      { meter: 'nkvd', side: 'atLeast', value: 75, at: 'act1', ending: 'SH-E1', kind: 'leads-to' },
      { meter: 'nkvd', side: 'atMost', value: 20, at: 'final', ending: 'SH-E6', kind: 'needs' },
      { meter: 'stalin', side: 'atMost', value: 25, at: 'act1', ending: 'SH-E1', kind: 'leads-to' },
      { meter: 'stalin', side: 'atLeast', value: 80, at: 'final', ending: 'SH-E6', kind: 'needs' },
      { meter: 'cas_sov', side: 'atMost', value: 20, at: 'final', ending: 'SH-E6', kind: 'needs' },
    ],
  },
  chiang: {
    want: 'Keep Soviet aircraft and credits coming without becoming Moscow’s instrument, and hold the United Front together until allies come.',
    lines: [
      {
        meter: 'stalin',
        side: 'atMost',
        value: 20,
        at: 'final',
        ending: 'CH-E1',
        kind: 'leads-to',
        alsoWhen: 'after secret talks with Tokyo, with the United Front at 25 or less',
      },
      { meter: 'stalin', side: 'atLeast', value: 50, at: 'final', ending: 'CH-E6', kind: 'needs' },
      {
        meter: 'autonomy',
        side: 'atMost',
        value: 30,
        at: 'final',
        ending: 'CH-E2',
        kind: 'leads-to',
        alsoWhen: 'after an offensive forced by Moscow, with Stalin’s favour at 60 or more',
      },
      { meter: 'autonomy', side: 'atLeast', value: 60, at: 'final', ending: 'CH-E6', kind: 'needs' },
      {
        meter: 'unity',
        side: 'atMost',
        value: 20,
        at: 'final',
        ending: 'CH-E3',
        kind: 'leads-to',
        alsoWhen: 'with Stalin’s favour at 35 or less and the Northeast in play',
      },
      { meter: 'unity', side: 'atLeast', value: 60, at: 'final', ending: 'CH-E6', kind: 'needs' },
      { meter: 'diplo', side: 'atLeast', value: 70, at: 'final', ending: 'CH-E6', kind: 'needs' },
    ],
  },
  kwantung: {
    want: 'Push the Soviet border back and keep the army’s honour, without Tokyo taking the army out of your clique’s hands.',
    lines: [
      {
        meter: 'leash',
        side: 'atMost',
        value: -45,
        at: 'chapter',
        ending: 'KW-E1',
        kind: 'leads-to',
        alsoWhen: 'once you have forged orders',
      },
      { meter: 'leash', side: 'atLeast', value: 30, at: 'final', ending: 'KW-E6', kind: 'needs' },
      { meter: 'north', side: 'atLeast', value: 70, at: 'final', ending: 'KW-E4', kind: 'needs' },
      { meter: 'cas_jpn', side: 'atMost', value: 12, at: 'final', ending: 'KW-E4', kind: 'needs' },
      { meter: 'stalin', side: 'atLeast', value: 50, at: 'final', ending: 'KW-E6', kind: 'needs' },
    ],
  },
};

export const HOW_ENDINGS_ARE_CHOSEN =
  'Your ending is checked at the start of every chapter, at the end of Act I and at the end of the campaign. ' +
  'The first rule that matches wins, in a fixed order: the failures first, then the other endings, the hardest (★) among them; ' +
  'what really happened is last, when nothing else matches.';

export function briefingLines(figure: FigureId): readonly DangerLine[] {
  return BRIEFINGS[figure].lines;
}

const AT_WORDS: Record<Checkpoint, string> = {
  chapter: 'at the start of any chapter',
  act1: 'at the end of Act I',
  final: 'at the end',
};

function formatValue(value: number, unit: string): string {
  const n = value < 0 ? `−${-value}` : String(value);
  return unit === 'k' ? `${n} thousand` : n;
}

/** One danger line in words, e.g. "90 or more at the start of any chapter: The Khasan Scapegoat." */
export function dangerLineText(line: DangerLine): string {
  const def = METERS.find((m) => m.id === line.meter);
  const amount = `${formatValue(line.value, def?.unit ?? '')} or ${line.side === 'atLeast' ? 'more' : 'less'}`;
  const ending = endingById(line.ending);
  const title = `${ending?.title ?? line.ending}${ending?.star ? ' ★' : ''}`;
  const also = line.alsoWhen ? ` ${line.alsoWhen}` : '';
  return line.kind === 'needs'
    ? `${title} needs ${amount} ${AT_WORDS[line.at]}.`
    : `${amount} ${AT_WORDS[line.at]}${also} leads to ${title}.`;
}

export interface BriefingMeter {
  id: string;
  label: string;
  lines: string[];
}

export interface Briefing {
  figureName: string;
  who: string;
  situation: string;
  want: string;
  meters: BriefingMeter[];
  howEndingsAreChosen: string;
}

/** The briefing as the screen shows it: meters in the order the lines name them. */
export function briefingFor(figure: FigureId): Briefing {
  const f = figureById(figure)!;
  const data = BRIEFINGS[figure];
  const meters: BriefingMeter[] = [];
  for (const line of data.lines) {
    let entry = meters.find((m) => m.id === line.meter);
    if (!entry) {
      const def = METERS.find((m) => m.id === line.meter)!;
      entry = { id: def.id, label: meterLabel(def, figure), lines: [] };
      meters.push(entry);
    }
    entry.lines.push(dangerLineText(line));
  }
  return {
    figureName: f.name,
    who: `${f.role}, ${f.years}.`,
    situation: f.briefing,
    want: data.want,
    meters,
    howEndingsAreChosen: HOW_ENDINGS_ARE_CHOSEN,
  };
}
