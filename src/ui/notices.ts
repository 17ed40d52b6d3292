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
