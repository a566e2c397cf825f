// Runs in the browser before the app's code. zod 4 probes for eval with `new Function` the first
// time it builds an object schema; it catches the refusal, but the page's CSP still reports
// the attempt as a violation. zod reads its shared config from this global when it loads, and
// `jitless` turns the probe (and the eval-compiled parsers it would enable) off.
const shared = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
shared.__zod_globalConfig = Object.assign(shared.__zod_globalConfig ?? {}, { jitless: true });
