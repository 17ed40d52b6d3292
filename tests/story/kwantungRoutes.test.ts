/**
 * Kwantung campaign (Major Kurosawa Eiji): one scripted route to each of the
 * six endings, and the historical route. Each route names the option each chapter
 * takes, by its place among the options offered (A first; tests/helpers/playRoute.ts);
 * a chapter not named takes A, so a scene added elsewhere does not move these routes.
 */
import { describe, expect, it } from 'vitest';
import { endingById } from '../../src/core/endings';
import { playChapters, type ChapterOptions } from '../helpers/playRoute';

describe('Kwantung campaign routes', () => {
  it.each([
    // KW-1 A, KW-2 A, KW-3 B (S0 opens), KW-4 A (Nomonhan 1938), KW-5n B (own seal): leash −45.
    ['KW-E1', { 'KW-3': 'B', 'KW-5n': 'B' }],
    // KW-1 C, KW-2 C, KW-3 A, KW-5 A (stalin 40), KW-6 B (S1 opens), KW-7 A, KW-8 A, KW-9 A,
    // KW-10 A (stand at Harbin), KW-11 A, KW-12 A.
    ['KW-E2', { 'KW-1': 'C', 'KW-2': 'C', 'KW-6': 'B' }],
    // S1 as above, KW-7 B (envoy's limits), KW-8 A, KW-9 B, KW-10 B (Yalu line), KW-11 A (Karafuto), KW-12 A.
    ['KW-E3', { 'KW-1': 'C', 'KW-2': 'C', 'KW-6': 'B', 'KW-7': 'B', 'KW-8': 'B', 'KW-10': 'B' }],
    // S0 with the clique blocked (KW-4 B), the trade backed, the hill stocked with the Harbin
    // divisions' trucks and shells (KW-6s C: logistics for the 55 it needs), the Kwantung reservations salted into
    // the protocol (KW-10s B keeps Strike North alive), KW-11s B, then KW-12s A (Kantokuen).
    ['KW-E4', { 'KW-3': 'B', 'KW-4': 'B', 'KW-6s': 'C', 'KW-10s': 'B', 'KW-11s': 'B' }],
    // The historical route (see below).
    ['KW-E5', { 'KW-1': 'C', 'KW-2': 'C', 'KW-9': 'B', 'KW-10': 'B', 'KW-11': 'B', 'KW-12': 'B' }],
    // ★ KW-1 B (restraint), KW-2 A, KW-3 B (S0), KW-4 B (block his own clique), KW-5s A, KW-6s C,
    // KW-7s A, KW-8s A, KW-10s A, KW-11s A, KW-12s C (keep the border quiet).
    ['KW-E6', { 'KW-1': 'B', 'KW-3': 'B', 'KW-4': 'B', 'KW-6s': 'C', 'KW-12s': 'C' }],
  ] as [string, ChapterOptions][])('%s is reached by its scripted route', (id, route) => {
    expect(playChapters('kwantung', route).ending).toBe(id);
  });

  it('KW-10 A, when Moscow takes the bait, ends the campaign in the Autumn War and says what became of KW-11 and KW-12', () => {
    // OTL: KW-5 A (Order 1488) and KW-6 A keep Moscow's restraint low; the revenge offensive (KW-10 A)
    // pulls it to 20 or below and Stalin escalates.
    const { ending, chapters, text } = playChapters('kwantung', { 'KW-1': 'C', 'KW-2': 'C', 'KW-9': 'C' });
    expect(ending).toBe('KW-E2');
    expect(chapters.slice(-2)).toEqual(['KW-10', 'KW-10b']);
    const scene = text.join('\n');
    // The pact seminar (KW-11) and the north-or-south question of 1941 (KW-12) are told, not skipped.
    expect(scene).toContain('the seminars in Tokyo on what went wrong at Nomonhan');
    expect(scene).toContain('is settled for them in one winter by the Red Army');
  });

  it('the historical route reaches the historical ending, not the ★ ending', () => {
    // Bible OTL options: KW-1 C, KW-2 C, KW-3 A, KW-5 A, KW-6 A, KW-7 A, KW-8 A, KW-9 B,
    // KW-10 B, KW-11 B, KW-12 B (KW-4 is S0 only and never offered on this route).
    const { ending, vars } = playChapters('kwantung', { 'KW-1': 'C', 'KW-2': 'C', 'KW-9': 'B', 'KW-10': 'B', 'KW-11': 'B', 'KW-12': 'B' });
    expect(ending).toBe('KW-E5');
    // Not merely outranked: the final state fails the ★ rule itself.
    expect(endingById('KW-E6')!.fires('final', vars)).toBe(false);
    expect(vars.tl).toBe('OTL');
  });
});
