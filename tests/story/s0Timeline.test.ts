/**
 * Story truth (issue 9, continuity): the S0 Nomonhan battle of 1938 has one
 * timeline in every campaign, and it fits Shtern's journey. Shtern orders the
 * lorries at SH-5 (7–10 August), sits on the Main Military Council in Moscow at
 * the end of August, leaves on 5 September and reaches Chita on the 13th; the
 * Soviet blow falls on 22 September, the ring closes on the evening of the 24th,
 * the relief fails on the 26th–27th, the 25th Division is destroyed on the 30th,
 * and Japan leaves Changkufeng on 3 October. Seed S0 dates the offensive
 * 5–14 September; the game moves it so that Shtern can be in Moscow and at Chita.
 * Options are named by the start of their text, as in continuity.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FigureId } from '../../src/core/figures';
import { walkByText } from '../helpers/playText';

interface Played {
  /** Prose lines, in order. */
  text: string[];
  /** Every option offered on the route, taken or not. */
  offered: string[];
  /** Chapter titles and the dateline shown in each, in order. */
  datelines: { chapter: string; date: string }[];
}

/** Plays a route by option text (no ending needed) and records prose, options and datelines. */
function play(figure: FigureId, options: string[]): Played {
  const out: Played = { text: [], offered: [], datelines: [] };
  let chapter = '';
  walkByText(figure, options, (page) => {
    for (const l of page.lines.slice(page.newFrom)) {
      if (l.kind === 'chapter') chapter = l.text;
      else if (l.kind === 'dateline' && l.date) out.datelines.push({ chapter, date: l.date });
      else if (l.kind === 'text') out.text.push(l.text);
    }
    out.offered.push(...page.choices);
  });
  return out;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The first day a dateline names, as a sortable number (yyyymmdd); "late August" is the 21st. */
function startOf(date: string): number {
  const lower = date.toLowerCase();
  const m = MONTHS.findIndex((name) => lower.includes(name));
  expect(m, `a month in "${date}"`).toBeGreaterThanOrEqual(0);
  const monthAt = lower.indexOf(MONTHS[m]!);
  const year = Number(/\b(19\d\d)\b/.exec(lower.slice(monthAt))?.[1]);
  expect(year, `a year in "${date}"`).toBeGreaterThan(1900);
  const before = lower.slice(0, monthAt);
  const day = Number(/(\d{1,2})/.exec(before)?.[1] ?? (/late/.test(before) ? 21 : /mid/.test(before) ? 11 : 1));
  return year * 10000 + (m + 1) * 100 + day;
}

/** The first dateline shown under a chapter, found by its title. */
const dateOf = (p: Played, title: string): string => {
  const hit = p.datelines.find((d) => d.chapter === title);
  expect(hit, `a dateline in ${title}: ${JSON.stringify(p.datelines)}`).toBeTruthy();
  return hit!.date;
};

/** Shtern's S0 route to Nomonhan (the SH-E2 route through SH-9). */
const SHTERN_S0_NOMONHAN = [
  'Keep to staff work',
  'Change as little as possible',
  'Back the Moscow line',
  'Send the tanks in ahead',
  'Hold at Khasan, and strike the Kwantung Army at Nomonhan instead',
  'Defend Blyukher',
  'Build methodically',
  'Hold the river line',
  'Report Zhukov',
];

/** Kurosawa's S0 route with the clique's incursion at Nomonhan. */
const KWANTUNG_S0_NOMONHAN = [
  'Draw the lesson',
  'Push Tokyo toward a limited strike',
  'Design a bite-and-hold',
  'Organise the incursion',
  'Obey the halt',
  'Hold where they are',
  'Order a relief attack',
];

describe('S0: one timeline for the Nomonhan battle of 1938', () => {
  const shtern = play('shtern', SHTERN_S0_NOMONHAN);
  const kwantung = play('kwantung', KWANTUNG_S0_NOMONHAN);

  it("Shtern's datelines run forward from SH-5 to Act III", () => {
    const titles = ['Trade or Take', 'The Post-mortem', 'Every Truck in Three Districts', 'The Double Envelopment', 'The Two Generals', 'The Year Without a War'];
    const order = titles.map((t) => startOf(dateOf(shtern, t)));
    for (let i = 1; i < order.length; i++) expect(order[i], `${titles[i]} after ${titles[i - 1]}`).toBeGreaterThanOrEqual(order[i - 1]!);
    // SH-7 at Chita only after the council in Moscow and the train east.
    expect(dateOf(shtern, 'Every Truck in Three Districts')).toBe('13–21 September 1938');
    expect(dateOf(shtern, 'The Double Envelopment')).toBe('21–30 September 1938');
    expect(dateOf(shtern, 'The Two Generals')).toBe('October 1938');
  });

  it('Shtern is in Moscow at the end of August and at Chita on 13 September', () => {
    const all = shtern.text.join('\n');
    expect(all).toContain('In the third week of August you are called to Moscow');
    expect(all).toContain('You go east again on the fifth of September');
    expect(all).toContain('You step down at Chita on the thirteenth of September');
    expect(all).toContain('By the twenty-first of September the Front Group\'s count is complete');
    expect(all).toContain('On the 30th the last Japanese strongpoint falls silent');
    expect(all).toContain('On 3 October the Japanese leave the heights above Lake Khasan');
    expect(all).not.toMatch(/\b5 September|\b6 September|17 September|On the 14th/);
  });

  it('the requisition is ordered once, at SH-5, and SH-7 does not ask for it again', () => {
    const requisitions = shtern.text.filter((t) => /requisition/i.test(t));
    expect(requisitions).toHaveLength(1);
    expect(requisitions[0]).toContain('Every free lorry in the Far Eastern, Trans-Baikal and Central Asian districts is requisitioned');
    expect(shtern.offered.filter((c) => /requisition|every (free )?(vehicle|lorry|truck)/i.test(c))).toEqual([]);
    expect(shtern.text.join('\n')).toContain('The order issued over your signature at the lake in August has done its work');
  });

  it('the Kwantung campaign gives the same battle dates', () => {
    const titles = ['Our Own Glory', 'The Halt Order', 'A Hundred a Day', 'The Envelopment'];
    const order = titles.map((t) => startOf(dateOf(kwantung, t)));
    for (let i = 1; i < order.length; i++) expect(order[i], `${titles[i]} after ${titles[i - 1]}`).toBeGreaterThanOrEqual(order[i - 1]!);
    expect(dateOf(kwantung, 'The Envelopment')).toBe(dateOf(shtern, 'The Double Envelopment'));
    const all = kwantung.text.join('\n');
    expect(all).toContain('On 21 September the Soviet force across the river is counted');
    expect(all).toContain('The blow falls on the 22nd');
    expect(all).toContain('By the evening of the 24th the 25th Division is surrounded');
    expect(all).toContain('On 26 and 27 September the relief goes in');
    expect(all).toContain('On the 30th the 25th Division is destroyed');
    expect(all).toContain('On 3 October Japan leaves the heights of Changkufeng');
    expect(all).not.toMatch(/\b5 September|the 6th:|17 September|On the 14th/);
  });

  it("Chiang's S0 tells the same dates", () => {
    const chiang = readFileSync('story/chiang/act2.ink', 'utf8');
    expect(chiang).toContain('destroyed at Nomonhan on the thirtieth');
    expect(chiang).toContain('On the third of October the Japanese leave Zhanggufeng');
    expect(chiang).not.toMatch(/first weeks of September, the way you had always hoped/);
  });
});
