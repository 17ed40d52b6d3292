/**
 * docs/HISTORY.md gives the source of every dated fact in the debrief notes
 * (content/history/*.json) and the codex (content/codex/*.json). Each note has
 * a section headed `### <chapter id>` and each codex entry with dates one
 * headed `### codex: <id>`, so a note or entry added without its sources fails
 * here. Every *.json file in both folders is read, so a new act file counts too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const content = join(root, 'src', 'core', 'content');

function entries<T>(folder: string): T[] {
  const dir = join(content, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T[]);
}

const headings = new Set(
  readFileSync(join(root, 'docs', 'HISTORY.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('### '))
    .map((line) => line.slice(4).trim()),
);

const notes = entries<{ chapter: string }>('history').map((n) => n.chapter);
const codex = entries<{ id: string; dates?: string }>('codex')
  .filter((c) => (c.dates ?? '').trim() !== '')
  .map((c) => c.id);

describe('docs/HISTORY.md', () => {
  it('reads the content it checks', () => {
    expect(notes.length).toBeGreaterThan(30);
    expect(codex.length).toBeGreaterThan(100);
  });

  it('has a section for every debrief note', () => {
    expect(notes.filter((id) => !headings.has(id))).toEqual([]);
  });

  it('has a section for every codex entry with dates', () => {
    expect(codex.filter((id) => !headings.has(`codex: ${id}`))).toEqual([]);
  });

  it('has no section for a note or entry that no longer exists', () => {
    const known = new Set([...notes, ...codex.map((id) => `codex: ${id}`)]);
    const stale = [...headings].filter(
      (h) => (/^[A-Z]{2}-\d/.test(h) || h.startsWith('codex: ')) && !known.has(h),
    );
    expect(stale).toEqual([]);
  });
});
