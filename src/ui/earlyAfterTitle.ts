/**
 * For the page's inline scripts that wait for the title (earlyEntry.ts,
 * earlyPreload.ts): an ES5 statement that runs `body` once the title's first
 * frame is drawn (a frame, then a task), so nothing they start is in that
 * frame's way; on a hidden page, which draws no frame until it is shown, at
 * once.
 */
export function afterTitleFrameES5(body: string): string {
  return (
    `(function(){function run(){${body}}` +
    'if(document.visibilityState==="hidden")run();' +
    'else requestAnimationFrame(function(){setTimeout(run,0)})})();'
  );
}
