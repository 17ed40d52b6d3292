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

/**
 * Gives the ids in `node` (its own included), and the references to them, a
 * suffix, so that a copy of a screen can wait unseen beside the one shown
 * without taking its ids; returns what puts them back.
 */
export function idsAside(node: HTMLElement, suffix: string): () => void {
  const changed: [Element, string, string][] = [];
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
  }
  return () => changed.forEach(([e, name, value]) => e.setAttribute(name, value));
}
