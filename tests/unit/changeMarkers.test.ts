import { describe, expect, it } from 'vitest';
import { changeMarkers, markerText } from '../../src/core/changeMarkers';
import { settlingRuleText } from '../../src/core/settling';

describe('change markers', () => {
  it("reads SH-3 'Back the Moscow line' as the player should: favour up is good, NKVD down is good", () => {
    const markers = changeMarkers('shtern', { stalin: 10, diplo: -5, nkvd: -5, cas_sov: 1 });
    expect(markers.map((m) => [m.id, markerText(m), m.verdict])).toEqual([
      ['stalin', '▲ +10 good', 'good'],
      ['diplo', '▼ −5 bad', 'bad'],
      ['nkvd', '▼ −5 good', 'good'],
      ['cas_sov', '▲ +1 bad', 'bad'],
    ]);
  });

  it('never shows a count going down, and leaves out meters the figure is not shown', () => {
    expect(changeMarkers('shtern', { cas_sov: -2, leash: 10, zhukov_file: 20 })).toEqual([]);
    expect(changeMarkers('chiang', { cas_sov: 5, cas_chn: 1.5 }).map(markerText)).toEqual(['▲ +1.5 bad']);
  });

  it('judges a meter by the figure: the enemy’s losses and Strike North differ by side', () => {
    const verdicts = (f: 'shtern' | 'kwantung'): string[] =>
      changeMarkers(f, { cas_jpn: 5, north: 10, leash: -10 }).map((m) => `${m.id}:${m.verdict}`);
    expect(verdicts('shtern')).toEqual(['north:bad', 'cas_jpn:neutral']);
    expect(verdicts('kwantung')).toEqual(['leash:bad', 'north:good', 'cas_jpn:bad']);
    expect(markerText(changeMarkers('shtern', { cas_jpn: 5 })[0]!)).toBe('▲ +5');
  });
});

describe('the settling rule as the player reads it', () => {
  it('states the steps of ten, the pull toward the middle, and that casualties only round up', () => {
    const text = settlingRuleText();
    expect(text).toContain('each meter settles to its nearest 10');
    expect(text).toContain('(35, 65…) moves 5 toward the middle (50; Tokyo’s Trust 0)');
    expect(text).toContain('round up to the next 5 thousand, never down');
    expect(text).toContain('NKVD Attention 90; Tokyo’s Trust −45');
  });
});
