/** Short messages to the player (saves, hot reload, storage), announced politely. */
export function notify(message: string, kind: 'info' | 'warning' | 'error' = 'info', ms = 6000): void {
  const host = document.getElementById('notices');
  if (!host) return;
  const item = document.createElement('p');
  item.className = `notice notice-${kind}`;
  item.textContent = message;
  host.append(item);
  window.setTimeout(() => item.remove(), ms);
}

/** Tells the player, once, that storage is blocked: play goes on, export still works. */
export function warnIfStorageBlocked(persistent: boolean): void {
  if (!persistent)
    notify(
      'Your browser blocks storage: play goes on, but progress is not saved. Use Menu → Export save.',
      'warning',
      12000,
    );
}
