/** Number keys 1–9 take a choice while a page with choices is showing (not in dialogs or text fields). */
export function bindChoiceKeys(canChoose: () => boolean, choose: (index: number) => void): void {
  document.addEventListener('keydown', (ev) => {
    if (!canChoose() || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    if (document.querySelector('dialog[open]')) return;
    const target = ev.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
    if (/^[1-9]$/.test(ev.key)) {
      ev.preventDefault();
      choose(Number(ev.key) - 1);
    }
  });
}
