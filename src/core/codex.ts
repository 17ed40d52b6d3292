/**
 * The codex: people, places, units and equipment, unlocked by `# codex:` tags
 * as the story names them. Entries are data in content/codex/*.json.
 */
import shared from './content/codex/shared.json';
import shternAct1 from './content/codex/shtern-act1.json';
import shternAct23 from './content/codex/shtern-act23.json';
import chiangAct1 from './content/codex/chiang-act1.json';
import chiangAct23 from './content/codex/chiang-act23.json';
import kwantungAct1 from './content/codex/kwantung-act1.json';
import kwantungAct23 from './content/codex/kwantung-act23.json';

export type CodexKind = 'person' | 'place' | 'unit' | 'equipment' | 'event';

export interface CodexEntry {
  id: string;
  name: string;
  kind: CodexKind;
  dates: string;
  text: string;
}

const KINDS: readonly string[] = ['person', 'place', 'unit', 'equipment', 'event'];

function isEntry(x: unknown): x is CodexEntry {
  const e = x as Partial<CodexEntry>;
  return (
    typeof e?.id === 'string' &&
    typeof e.name === 'string' &&
    typeof e.kind === 'string' &&
    KINDS.includes(e.kind) &&
    typeof e.dates === 'string' &&
    typeof e.text === 'string'
  );
}

/** Every entry, first definition of an id wins (shared entries come first). */
function merge(lists: readonly unknown[][]): CodexEntry[] {
  const byId = new Map<string, CodexEntry>();
  for (const list of lists) for (const e of list) if (isEntry(e) && !byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export const CODEX: readonly CodexEntry[] = merge([
  shared,
  shternAct1,
  shternAct23,
  chiangAct1,
  chiangAct23,
  kwantungAct1,
  kwantungAct23,
]);
