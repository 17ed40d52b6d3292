/**
 * The worker a parallel story:check (parallelCheck.ts) runs for each part:
 *   checkPart.ts <prepared story as a JSON file> <CheckOptions as JSON, with rootChoice>
 * It prints that part's report as one JSON object.
 */
import { readFileSync } from 'node:fs';
import { checkPrepared, type CheckOptions, type PreparedStory } from './checkStory.ts';

const [file, options] = process.argv.slice(2);
if (!file || !options) throw new Error('usage: checkPart.ts <prepared story file> <options as JSON>');
const prepared = JSON.parse(readFileSync(file, 'utf8')) as PreparedStory;
console.log(JSON.stringify(checkPrepared(prepared, JSON.parse(options) as CheckOptions)));
