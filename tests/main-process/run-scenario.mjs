/**
 * Runs one scenario of `scenarios.mjs` in this (fresh) process: `node --import ./stand-in/register.mjs
 * run-scenario.mjs <name>`, with SCENARIO_PLATFORM to play another platform. Prints one line
 * `@@result <json>` with the scenario's data and the errors nobody caught; exits by itself.
 */
const name = process.argv[2];
if (process.env.SCENARIO_PLATFORM) Object.defineProperty(process, 'platform', { value: process.env.SCENARIO_PLATFORM });
const uncaught = [];
process.on('unhandledRejection', (error) => uncaught.push(`unhandled rejection: ${error?.stack ?? error}`));
process.on('uncaughtException', (error) => uncaught.push(`uncaught exception: ${error?.stack ?? error}`));
const consoleErrors = [];
console.error = (...args) => consoleErrors.push(args.map(String).join(' '));

const { standIn } = await import('./stand-in/electron-stand-in.mjs');
await standIn.preparePaths();
const { scenarios } = await import('./scenarios.mjs');
let result;
try {
  result = { data: await scenarios[name]() };
} catch (error) {
  result = { error: String(error?.stack ?? error) };
}
await new Promise((resolve) => setImmediate(resolve));
process.stdout.write(`\n@@result ${JSON.stringify({ ...result, uncaught, consoleErrors })}\n`);
process.exit(0);
