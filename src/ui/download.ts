/** Offers a file to the player as a download. */
import { el } from './dom';

export function download(file: { fileName: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
  const a = el('a', { attrs: { href: url, download: file.fileName } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
