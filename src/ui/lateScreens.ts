/**
 * The screens neither the title nor a run's pages show, in a chunk of their
 * own: the ending screen (with the debrief's history notes, the largest text
 * of the app's own code) and the unseen type specimen that sets its type, and
 * the dialogs a player opens (endings found, saves, the reading history, the
 * meters' help). Out of the app's first script, they are not on the way to a
 * click-through player's first story text. main.ts loads them with the late
 * features: at a quiet moment on the title, or before a run's first page goes
 * live, so a run in play has them at hand (`Lazy.now()`), with or without a
 * network.
 */
export { renderEnding } from './endingScreen';
export { endingModel } from './endingModel';
export { setTypeSpecimen } from './typeSpecimen';
export { openEndings } from './endingsView';
export { openHistory } from './historyView';
export { openSlots } from './slotsView';
export { openMetersHelp } from './metersHelp';
