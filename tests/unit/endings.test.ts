import { describe, expect, it } from 'vitest';
import { ENDINGS, endingsOf, pickEnding } from '../../src/core/endings';
import { FIGURES } from '../../src/core/figures';

const base = {
  figure: 'shtern',
  stalin: 55,
  supply: 40,
  diplo: 45,
  nkvd: 30,
  zhukov_file: 0,
  leash: -10,
  unity: 55,
  autonomy: 70,
  north: 55,
  opinion: 50,
  cas_sov: 0,
  cas_jpn: 0,
  cas_chn: 0,
  tl: 'OTL',
  zhukov_fate: '',
  khalkhin_won: false,
  blucher_denounced: false,
};

describe('endings catalogue', () => {
  it('has six endings per figure: one historical default, one ★, unique ids and knots', () => {
    for (const f of FIGURES) {
      const mine = endingsOf(f.id);
      expect(mine).toHaveLength(6);
      expect(mine.filter((e) => e.historical)).toHaveLength(1);
      expect(mine.filter((e) => e.star)).toHaveLength(1);
      // The default is checked last, so it must be last in catalogue order.
      expect(mine[mine.length - 1]!.historical).toBe(true);
    }
    expect(new Set(ENDINGS.map((e) => e.id)).size).toBe(ENDINGS.length);
    expect(new Set(ENDINGS.map((e) => e.knot)).size).toBe(ENDINGS.length);
  });

  it('fires nothing mid-campaign for an ordinary state, and the historical default at the end', () => {
    expect(pickEnding('shtern', 'chapter', base)).toBe('');
    expect(pickEnding('shtern', 'act1', base)).toBe('');
    expect(pickEnding('shtern', 'final', base)).toBe('SH-E5');
    expect(pickEnding('chiang', 'final', { ...base, figure: 'chiang' })).toBe('CH-E5');
    expect(pickEnding('kwantung', 'final', { ...base, figure: 'kwantung' })).toBe('KW-E5');
  });

  it('arrests Shtern at any chapter once NKVD attention reaches 90, and at the Act I checkpoint from 75', () => {
    expect(pickEnding('shtern', 'chapter', { ...base, nkvd: 85 })).toBe('');
    expect(pickEnding('shtern', 'chapter', { ...base, nkvd: 90 })).toBe('SH-E1');
    expect(pickEnding('shtern', 'act1', { ...base, nkvd: 75 })).toBe('SH-E1');
    expect(pickEnding('shtern', 'act1', { ...base, stalin: 25 })).toBe('SH-E1');
    expect(pickEnding('shtern', 'act1', { ...base, stalin: 30, nkvd: 70 })).toBe('');
  });

  it('opens the ★ Shtern ending only when every condition holds', () => {
    const star = { ...base, nkvd: 20, stalin: 80, zhukov_fate: 'rising', khalkhin_won: true, cas_sov: 20 };
    expect(pickEnding('shtern', 'final', star)).toBe('SH-E6');
    expect(pickEnding('shtern', 'final', { ...star, blucher_denounced: true })).toBe('SH-E5');
    expect(pickEnding('shtern', 'final', { ...star, cas_sov: 20.5 })).toBe('SH-E5');
    expect(pickEnding('shtern', 'final', { ...star, nkvd: 25 })).toBe('SH-E5');
  });

  it('checks fail states before alternate endings (Kwantung gekokujō beats everything)', () => {
    const v = { ...base, figure: 'kwantung', forged_orders: true, leash: -45, tl: 'S1', harbin_pocket: true };
    expect(pickEnding('kwantung', 'chapter', v)).toBe('KW-E1');
    expect(pickEnding('kwantung', 'final', v)).toBe('KW-E1');
    expect(pickEnding('kwantung', 'final', { ...v, leash: -40 })).toBe('KW-E2');
  });

  it('gives every locked ending a hint, and a written rule that states every threshold its conditions test', () => {
    for (const e of ENDINGS) {
      expect(e.hint, e.id).toMatch(/^[A-Z“"'‘].{10,}[.!?…’”]$/);
      const thresholds = e.paths.flatMap((p) => p.conditions.map((c) => /[≥≤] (−?-?\d+)/.exec(c.label)?.[1]));
      for (const n of thresholds.filter((t): t is string => t !== undefined))
        expect(e.rule.replace(/−/g, '-'), `${e.id}'s rule states ${n}`).toContain(n.replace(/−/g, '-'));
    }
  });
});
