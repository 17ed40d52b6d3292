import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/persistence/browserStorage';
import {
  endingsReached,
  endingTexts,
  MAX_ENDING_TEXT_CHARS,
  recordEnding,
} from '../../src/persistence/collection';

const halfway = { aftermath: ['The aid fades.'], epilogue: ['HALFWAY OUT OF DANGER', 'You wait.'] };

describe('ending texts kept to read again', () => {
  it('keeps the text of a reached ending, the latest reading replacing an earlier one', () => {
    const storage = new MemoryStorage();
    recordEnding(storage, 'CH-E5', { aftermath: [], epilogue: ['An older reading.'] });
    recordEnding(storage, 'CH-E5', halfway);
    recordEnding(storage, 'SH-E5', { aftermath: [], epilogue: ['Barbysh.'] });
    expect(endingTexts(storage)).toEqual({
      'CH-E5': halfway,
      'SH-E5': { aftermath: [], epilogue: ['Barbysh.'] },
    });
  });

  it('still loads a collection saved before texts were kept', () => {
    const storage = new MemoryStorage();
    storage.set('uw.endings', JSON.stringify(['SH-E5', 'CH-E1']));
    expect(endingsReached(storage)).toEqual(['SH-E5', 'CH-E1']);
    expect(endingTexts(storage)).toEqual({});
    recordEnding(storage, 'CH-E5', halfway);
    expect(endingsReached(storage)).toEqual(['SH-E5', 'CH-E1', 'CH-E5']);
  });

  it('rejects damaged or malformed texts, and does not keep a text over the size bound', () => {
    const storage = new MemoryStorage();
    storage.set('uw.endingTexts', '{broken');
    expect(endingTexts(storage)).toEqual({});
    storage.set('uw.endingTexts', JSON.stringify({ 'CH-E5': { epilogue: [1, 2] } }));
    expect(endingTexts(storage)).toEqual({});
    recordEnding(storage, 'CH-E5', { aftermath: [], epilogue: ['x'.repeat(MAX_ENDING_TEXT_CHARS + 1)] });
    expect(endingsReached(storage)).toEqual(['CH-E5']);
    expect(endingTexts(storage)).toEqual({});
  });
});
