/**
 * The worker a parallel story:check (parallelCheck.ts) runs for each part:
 *   checkPart.ts <file> <CheckOptions as JSON, with rootChoice>
 * It prints that part's report as one JSON object.
 */
import { checkStory, type CheckOptions } from './checkStory.ts';

const [file, options] = process.argv.slice(2);
if (!file || !options) throw new Error('usage: checkPart.ts <file> <options as JSON>');
console.log(JSON.stringify(checkStory(file, JSON.parse(options) as CheckOptions)));
