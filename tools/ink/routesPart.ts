/**
 * The worker story:routes runs per root choice (findRoutesInParallel, routes.ts):
 *   routesPart.ts <file> <RoutesOptions as JSON, with rootChoice>
 * It prints that part's routes as one JSON object.
 */
import { findRoutes, type RoutesOptions } from './routes.ts';

const [file, options] = process.argv.slice(2);
if (!file || !options) throw new Error('usage: routesPart.ts <file> <options as JSON>');
console.log(JSON.stringify(findRoutes(file, JSON.parse(options) as RoutesOptions)));
