/**
 * Choices with consequences beyond their own scene (issue 9, "depth where it
 * thins"): SH-10's strike toward Mukden and CH-9's lean on Moscow each set a
 * flag that later scenes (and, for Mukden, the ending) read. Each case plays
 * the route with the choice and the same route without it, and checks what the
 * text must and must not say.
 */
import { describe, expect, it } from 'vitest';
import { playByText } from '../helpers/playText';

/** Shtern's historical route (tests/story/shternRoutes.test.ts) up to SH-10, by option text. */
const SHTERN_TO_SH10 = [
  'Write the reports Mekhlis',
  'Order an emergency reshuffle',
  'Back the Moscow line',
  'Take until the sixth',
  'Take the crest completely',
  'Blame Blyukher',
  'Leave it to the 57th',
  'Armoured counterstroke',
  'Back Zhukov fully',
];
const SHTERN_AFTER_SH10 = ['Go, and win it ugly', 'Take the Moscow post'];

describe('SH-10: the strike toward Mukden', () => {
  const mukden = playByText('shtern', [...SHTERN_TO_SH10, 'Strike for Mukden', ...SHTERN_AFTER_SH10]);
  const border = playByText('shtern', [...SHTERN_TO_SH10, 'Advise stopping at the claimed border', ...SHTERN_AFTER_SH10]);

  it('is a scene of its own: the plan, the stopped preparations and the dated answer', () => {
    expect(mukden.text).toContain('the railway to Hailar');
    expect(mukden.text).toContain('On the 31st Moscow answers the Front Group: not a step beyond the border.');
    expect(mukden.text).toContain('On 1 September the Germans go into Poland.');
  });

  it('is remembered in Finland, by the investigators in 1941 and in the ending', () => {
    expect(mukden.text).toContain('in August you asked for an offensive');
    expect(mukden.text).toContain('an attempt to provoke war with Japan');
    expect(mukden.ending).toBe('SH-E5');
    expect(mukden.text).toContain('the plan for Hailar and Mukden');
  });

  it('is never recalled on the route that stopped at the border', () => {
    expect(border.ending).toBe('SH-E5');
    expect(border.text).not.toContain('Hailar and Mukden');
    expect(border.text).not.toContain('in August you asked for an offensive');
    expect(border.text).not.toContain('provoke war with Japan');
  });

  it('the aviators are not taken before Shtern', () => {
    for (const { text } of [mukden, border]) {
      const at = text.indexOf('the case of the aviators');
      expect(at, 'the 1941 Reckoning is played').toBeGreaterThanOrEqual(0);
      const reckoning = text.slice(at);
      expect(reckoning).not.toMatch(/Smushkevich is taken|Rychagov is taken/);
    }
  });
});

/** Chiang's historical route (tests/story/chiangRoutes.test.ts) up to CH-9, by option text. */
const CHIANG_TO_CH9 = [
  'Sign and take the arms',
  'Let the Soviet groups fly',
  'Contain them quietly',
  'Publicise the border war abroad',
  'Build the Burma Road',
  'Promise a general offensive for the winter',
  'Restrict them quietly',
];
const CHIANG_AFTER_CH9 = [
  'Quietly secure the next credit',
  'Finish it',
  'Denounce the declaration',
];

describe('CH-9: leaning on Moscow', () => {
  const leaned = playByText('chiang', [...CHIANG_TO_CH9, 'Lean on Moscow', ...CHIANG_AFTER_CH9]);
  const west = playByText('chiang', [...CHIANG_TO_CH9, 'Lean on London and Washington', ...CHIANG_AFTER_CH9]);

  it('buys convoys and costs a seat at the planning table', () => {
    expect(leaned.text).toContain('two Soviet colonels take desks beside your operations staff');
  });

  it('is recalled when the pact is signed, and pays again when the next credit is asked for', () => {
    expect(leaned.text).toContain('China valued the friendship of the Soviet Union above any other, and offered tungsten');
    expect(leaned.text).toContain('the first tranche of the credit is released a month early');
    expect(leaned.ending).toBe('CH-E5');
  });

  it('is never recalled on the route that leaned on the West', () => {
    expect(west.ending).toBe('CH-E5');
    expect(west.text).not.toContain('offered tungsten and a seat at your planning table');
    expect(west.text).not.toContain('released a month early');
  });
});
