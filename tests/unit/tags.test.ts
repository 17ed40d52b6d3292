import { describe, expect, it } from 'vitest';
import { parseTag } from '../../src/core/tagVocabulary';

describe('tag vocabulary', () => {
  it('parses each documented tag into a typed event', () => {
    expect(parseTag('chapter: SH-3 Zaozyornaya')).toEqual({
      kind: 'chapter',
      id: 'SH-3',
      title: 'Zaozyornaya',
    });
    expect(parseTag(' date: 13 June 1938 ')).toEqual({ kind: 'date', value: '13 June 1938' });
    expect(parseTag('place: Khabarovsk')).toEqual({ kind: 'place', value: 'Khabarovsk' });
    expect(parseTag('map: khasan')).toEqual({ kind: 'map', scene: 'khasan' });
    expect(parseTag('music: elegy')).toEqual({ kind: 'music', cue: 'elegy' });
    expect(parseTag('sfx: telegraph')).toEqual({ kind: 'sfx', effect: 'telegraph' });
    expect(parseTag('front: encirclement')).toEqual({ kind: 'front', front: 'encirclement' });
    expect(parseTag('front: stalingrad')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('unknown front'),
    });
    expect(parseTag('codex: 39th_rifle_corps')).toEqual({ kind: 'codex', id: '39th_rifle_corps' });
    expect(parseTag('ending: SH-E1')).toEqual({ kind: 'ending', id: 'SH-E1' });
  });

  it('reports unknown tags and bad values with a reason instead of dropping them', () => {
    const unknown = parseTag('mood: grim');
    expect(unknown.kind).toBe('unknown');
    expect(unknown.kind === 'unknown' && unknown.reason).toContain('unknown tag "mood"');
    expect(parseTag('map: atlantis').kind).toBe('unknown');
    expect(parseTag('music: jazz').kind).toBe('unknown');
    expect(parseTag('codex: Bad Id').kind).toBe('unknown');
    expect(parseTag('no colon here').kind).toBe('unknown');
    expect(parseTag('date:').kind).toBe('unknown');
  });
});
