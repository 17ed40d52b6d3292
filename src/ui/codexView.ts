/** The codex browser: unlocked entries by kind; locked ones counted, not shown. */
import type { CodexEntry } from '../core/codex';
import { button, el } from './dom';
import { openDialog } from './dialog';

const KIND_LABEL: Record<CodexEntry['kind'], string> = {
  person: 'People',
  place: 'Places',
  unit: 'Units and organisations',
  equipment: 'Equipment',
  event: 'Events',
};

export function openCodex(all: readonly CodexEntry[], unlocked: ReadonlySet<string>): void {
  const known = all.filter((e) => unlocked.has(e.id));
  const detail = el('section', { class: 'codex-detail', attrs: { 'aria-live': 'polite' } }, [
    el('p', {
      text: known.length ? 'Choose an entry.' : 'Entries unlock as the story names people, places and units.',
    }),
  ]);
  const show = (e: CodexEntry): void => {
    detail.replaceChildren(
      el('h3', { text: e.name }),
      el('p', { class: 'codex-dates', text: e.dates }),
      el('p', { text: e.text }),
    );
  };
  const groups: Node[] = [];
  for (const kind of Object.keys(KIND_LABEL) as CodexEntry['kind'][]) {
    const entries = known.filter((e) => e.kind === kind);
    if (!entries.length) continue;
    groups.push(
      el('h3', { text: KIND_LABEL[kind] }),
      el(
        'ul',
        { class: 'codex-list' },
        entries.map((e) => el('li', {}, [button(e.name, () => show(e), { attrs: { 'data-codex': e.id } })])),
      ),
    );
  }
  openDialog('Codex', [
    el('p', { class: 'codex-count', text: `${known.length} of ${all.length} entries unlocked.` }),
    el('div', { class: 'codex' }, [
      el('nav', { class: 'codex-index', attrs: { 'aria-label': 'Codex entries' } }, groups),
      detail,
    ]),
  ]);
}
