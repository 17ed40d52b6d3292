import { describe, expect, it } from 'vitest';
import {
  chartedMeters,
  meterValues,
  metersOutOfRange,
  shownMeters,
  visibleMeters,
} from '../../src/core/meters';

const vars = {
  stalin: 55,
  supply: 40,
  diplo: 45,
  nkvd: 30,
  zhukov_file: 20,
  leash: -10,
  unity: 55,
  autonomy: 70,
  north: 55,
  opinion: 50,
  cas_sov: 4.5,
  cas_jpn: 1.5,
  cas_chn: 0,
};

describe('meters', () => {
  it('shows each figure only its own figure meters, never the hidden Zhukov file', () => {
    const ids = (f: 'shtern' | 'chiang' | 'kwantung'): string[] => visibleMeters(f, vars).map((m) => m.id);
    expect(ids('shtern')).toContain('nkvd');
    expect(ids('shtern')).not.toContain('leash');
    expect(ids('chiang')).toEqual(expect.arrayContaining(['unity', 'autonomy', 'cas_chn']));
    expect(ids('chiang')).not.toContain('nkvd');
    expect(ids('kwantung')).toContain('leash');
    for (const f of ['shtern', 'chiang', 'kwantung'] as const) expect(ids(f)).not.toContain('zhukov_file');
  });

  it('shows Chiang no Soviet or Japanese casualties, and charts no counts at the end', () => {
    expect(shownMeters('chiang').map((m) => m.id)).not.toEqual(expect.arrayContaining(['cas_sov']));
    expect(shownMeters('chiang').map((m) => m.id)).not.toContain('cas_jpn');
    expect(shownMeters('kwantung').map((m) => m.id)).toEqual(expect.arrayContaining(['cas_sov', 'cas_jpn']));
    expect(chartedMeters('shtern').map((m) => m.id)).toEqual([
      'stalin',
      'supply',
      'diplo',
      'nkvd',
      'north',
      'opinion',
    ]);
  });

  it("labels Stalin's favour as Moscow's Restraint for the Kwantung officer", () => {
    expect(visibleMeters('kwantung', vars).find((m) => m.id === 'stalin')!.label).toBe("Moscow's Restraint");
    expect(visibleMeters('shtern', vars).find((m) => m.id === 'stalin')!.label).toBe("Stalin's Favour");
  });

  it('gives every visible meter a label, a number, a range and an explanation', () => {
    for (const m of visibleMeters('shtern', vars)) {
      expect(m.label).toMatch(/^[A-Z]/);
      // A sentence that says more than the label does.
      expect(m.explain, m.id).toMatch(/^[A-Z].{20,}\.$/);
      expect(m.explain.toLowerCase()).not.toBe(m.label.toLowerCase());
      expect(m.min).toBeLessThan(m.max);
    }
    expect(visibleMeters('shtern', vars).find((m) => m.id === 'cas_sov')!.value).toBe(4.5);
  });

  it('records hidden meters too, and reports values outside their range', () => {
    expect(meterValues(vars).zhukov_file).toBe(20);
    expect(metersOutOfRange(vars)).toEqual([]);
    expect(metersOutOfRange({ ...vars, leash: -55, stalin: 101 })).toEqual([
      'stalin=101 outside 0…100',
      'leash=-55 outside -50…50',
    ]);
  });
});
