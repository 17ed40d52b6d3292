/**
 * Tiny DOM helpers. Story text is always set as text (textContent), never as
 * HTML: the story cannot inject markup.
 */
export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; attrs?: Record<string, string>; text?: string } = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

export function button(
  label: string,
  onClick: () => void,
  props: { class?: string; attrs?: Record<string, string> } = {},
): HTMLButtonElement {
  const b = el('button', { ...props, text: label, attrs: { type: 'button', ...(props.attrs ?? {}) } });
  b.addEventListener('click', onClick);
  return b;
}

/** The attributes that name other elements by id. */
const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'];

/** What the keyboard can reach. */
const TABBABLE = 'button, a[href], input, select, textarea, [tabindex]';

/**
 * Keeps a screen built ahead aside, unseen beside the one shown: the ids in
 * `node` (its own included) and the references to them take a suffix, so that
 * it does not take the page's ids, and its controls leave the tab order.
 * Returns what puts them back, as it is shown.
 */
export function keepAside(node: HTMLElement, suffix: string): () => void {
  const changed: [Element, string, string | null][] = [];
  for (const e of [node, ...node.querySelectorAll('*')]) {
    for (const name of ['id', ...ID_REFERENCES]) {
      const value = e.getAttribute(name);
      if (!value) continue;
      changed.push([e, name, value]);
      e.setAttribute(
        name,
        value
          .split(' ')
          .map((id) => id + suffix)
          .join(' '),
      );
    }
    if (e.matches(TABBABLE)) {
      changed.push([e, 'tabindex', e.getAttribute('tabindex')]);
      e.setAttribute('tabindex', '-1');
    }
  }
  return () =>
    changed.forEach(([e, name, value]) =>
      value === null ? e.removeAttribute(name) : e.setAttribute(name, value),
    );
}
