/**
 * Letter shortcuts in play: U or Backspace takes back the last choice, H opens
 * the history, F the flowchart. Not while a dialog is open or the player types in a field, and
 * never with a modifier (Alt+Backspace and the browser's own keys stay theirs).
 */
export interface GameKeyActions {
  /** Is a run on screen (playing or at its ending)? */
  inRun: () => boolean;
  onUndo: () => void;
  onHistory: () => void;
  onFlowchart: () => void;
}

export function bindGameKeys(actions: GameKeyActions): void {
  document.addEventListener('keydown', (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || !actions.inRun()) return;
    if (document.querySelector('dialog[open]')) return;
    const target = ev.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable))
      return;
    const key = ev.key.toLowerCase();
    if (key === 'u' || key === 'backspace') {
      ev.preventDefault();
      actions.onUndo();
    } else if (key === 'h') {
      ev.preventDefault();
      actions.onHistory();
    } else if (key === 'f') {
      ev.preventDefault();
      actions.onFlowchart();
    }
  });
}
