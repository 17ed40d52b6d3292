/**
 * Story truth (design §8): the text never recalls what did not happen. Each
 * case plays a route where a sentence used to recall a choice the player did
 * not make, and checks what the text must and must not say. Options are named
 * by the start of their text, so reordering a scene's options breaks nothing.
 */
import { describe, expect, it } from 'vitest';
import type { FigureId } from '../../src/core/figures';
import { GameSession } from '../../src/narrative/session';
import { lcg, realStory } from '../helpers/story';

/** Plays a route by option text and returns every prose line it showed, ending included. */
function play(figure: FigureId, options: string[]): string {
  const session = GameSession.start({ json: realStory().json, hash: 'test' }, figure, 1, new Date(0));
  const shown: string[] = [];
  const collect = (): void => {
    const page = session.page;
    for (const l of page.lines.slice(page.newFrom)) if (l.kind === 'text') shown.push(l.text);
  };
  collect();
  for (const start of options) {
    const i = session.page.choices.findIndex((c) => c.startsWith(start));
    expect(i, `"${start}" among: ${session.page.choices.join(' | ')}`).toBeGreaterThanOrEqual(0);
    session.choose(i);
    collect();
  }
  expect(session.events.ending, 'the route reaches an ending').toBeTruthy();
  return shown.join('\n');
}

const KW_S0_PROBE = [
  'Draw the lesson',
  'Push Tokyo toward a limited strike',
  'Design a bite-and-hold',
  'Allow a small probe only',
];

describe('the text never recalls what did not happen', () => {
  // Skipped: since the act settling rounds to the nearest ten, no route found reaches CH-E6
  // after sending officials in (CH-12 A costs 10 Freedom of Action, and CH-E6 needs 60 at the
  // end, so Chiang must enter CH-12 at 70; the S1 routes found enter at 50, as ROUTES.md's ★
  // route does, or at 60 with Diplomatic Standing 10 short). The route below no longer opens S1 at
  // all: logistics settles to 40 after CH-6, and S1 needs 45. The sentence this guards is
  // unreachable until the story rebalances CH-12 A or the Act II meters around it.
  it.skip('CH-E6 after sending officials in under Soviet protection: Chiang never asked Moscow to leave', () => {
    const text = play('chiang', [
      'Sign and take the arms',
      'Accept the Soviet groups as offered',
      'Contain them quietly',
      'Publicise the border war abroad',
      'Build the Burma Road',
      'A limited offensive on a sector you choose',
      'Propose a joint KMT–CCP command',
      'Push Washington for economic pressure',
      'Quietly secure the next credit',
      'Send KMT officials in under Soviet protection',
      'Stop short',
    ]);
    expect(text).toContain('You did not ask Moscow to leave.');
    expect(text).not.toContain('When you asked Moscow to leave');
  });

  it('KW-E6 after the probe and a slowed withdrawal: no "told Tokyo why", no withdrawal "on schedule", no salute', () => {
    const text = play('kwantung', [
      'Accept the restraint',
      ...KW_S0_PROBE.slice(1),
      'Back the trade in full',
      'Let them go south to Wuhan',
      'Slow it down',
      'Refuse, and report the meeting',
      'Let the commission grind on',
      'Go south to the research section',
      'Keep the pact, and keep the border quiet',
    ]);
    expect(text).toContain('down to one company and a captured telephone');
    expect(text).not.toContain('told Tokyo why');
    expect(text).not.toMatch(/in stages, on schedule/);
    expect(text).not.toContain('saluted at the prisoner exchange');
  });

  it('KW-12s after slowing the withdrawal and leaving the commission: no salute, no line drawn honestly', () => {
    const text = play('kwantung', [
      ...KW_S0_PROBE,
      'Leave it to the Foreign Ministry',
      'Keep them massed near the border',
      'Slow it down',
      'Ask for a posting away from Hsinking',
      'Let the commission grind on',
      'Go south to the research section',
      'Lobby to tear up the pact',
    ]);
    expect(text).not.toContain('saluted at the prisoner exchange');
    expect(text).not.toContain('who drew the line honestly');
  });

  it('KW-12s after the withdrawal on schedule and the honest line: both are remembered', () => {
    const text = play('kwantung', [
      'Draw the lesson',
      'Push Tokyo toward a limited strike',
      'Design a bite-and-hold',
      'Block it, and inform Tokyo',
      'Back the trade in full',
      'Let them go south to Wuhan',
      'Withdraw on schedule',
      'Refuse, and report the meeting',
      'Draw the line honestly',
      'Stay in the north',
      'Keep the pact, and keep the border quiet',
    ]);
    expect(text).toContain('saluted at the prisoner exchange');
    expect(text).toContain('Lieutenant Colonel Nishi of the intelligence section');
    expect(text).toContain('has come back from his Amur garrison');
  });

  it('KW-E2 after writing restraint into Order 1488: no order that let a commander decide the border', () => {
    const text = play('kwantung', [
      'Draw the lesson',
      'Use him for propaganda only',
      'Keep the Kwantung Army out of it',
      'Write restraint into it',
      'A strong force',
      'Move the raid forward',
      'Fight on the east bank only',
      'Disbelieve them',
      'Push for the revenge offensive',
    ]);
    expect(text).toContain('keep the divisions on their side of the river');
    expect(text).not.toContain('decide for himself where the border ran');
  });
});

describe('one world, one set of facts, in every run', () => {
  /** Random runs of a figure, all their text. */
  function randomText(figure: FigureId, runs: number): string[] {
    const out: string[] = [];
    for (let run = 0; run < runs; run++) {
      const pick = lcg(run * 31 + 7);
      const s = GameSession.start({ json: realStory().json, hash: 'test' }, figure, run, new Date(0));
      const lines: string[] = [];
      const collect = (): void => {
        for (const l of s.page.lines.slice(s.page.newFrom)) if (l.kind === 'text') lines.push(l.text);
      };
      collect();
      while (s.page.choices.length > 0) {
        s.choose(pick(s.page.choices.length));
        collect();
      }
      out.push(lines.join('\n'));
    }
    return out;
  }

  it('Nishi is the lieutenant colonel from intelligence, never a captain of your section; no Harbin railway without the posting', () => {
    for (const text of randomText('kwantung', 60)) {
      expect(text).not.toContain('Captain Nishi');
      expect(text).not.toContain('The railway you used to time to the minute');
    }
  });

  it('Chiang hears of one Soviet crossing date (the first week of August 1939), and one delegation mood at the table', () => {
    for (const text of randomText('chiang', 80)) {
      expect(text).not.toMatch(/crosses into Manchuria at the end of July/);
      const cold = text.includes('The Soviet delegation barely greets yours');
      const warm = /treats your men as allies|begun to treat them as partners/.test(text);
      expect(cold && warm, 'the delegates are snubbed and embraced in one scene').toBe(false);
    }
  });
});
