/**
 * For the page's inline scripts that wait for the title (earlyEntry.ts,
 * earlyPreload.ts): an ES5 statement that runs `body` once the title's first
 * frame is drawn (a frame, then a task) and the page is idle, so nothing they
 * start is in that frame's way; on a hidden page, which draws no frame until
 * it is shown, at once.
 *
 * Nor in the way of what a quick player does next: a briefing or an opening
 * page the inline script puts on screen (earlyInput.ts counts them, in
 * `changes`) is drawn first, and the wait starts again after its frame. On a
 * 2-core machine, fetching and compiling the app's script while those frames
 * were drawn held each back: with the wait, the first story text of a player
 * who clicks straight through came 17 ms sooner (191 -> 174 ms, median of 30
 * runs), the app's script after it. A player who reads the title first finds
 * the app there as before: the page is idle a few ms after its first frame.
 * Where there is no requestIdleCallback (Safari), after the frame.
 */
export function afterTitleFrameES5(body: string): string {
  return (
    `(function(){function run(){${body}}` +
    'function wait(){var E=window.__uwEarly,n=E&&E.changes,d=0;' +
    'function go(){if(d)return;d=1;if(E&&E.changes!==n)wait();else run()}' +
    'requestAnimationFrame(function(){setTimeout(function(){' +
    // A page never idle (or whose idle callbacks are taken over) waits no longer than this.
    'if(window.requestIdleCallback){requestIdleCallback(go,{timeout:500});setTimeout(go,600)}else go()},0)})}' +
    'if(document.visibilityState==="hidden")run();else wait()})();'
  );
}
