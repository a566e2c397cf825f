// One wall clock for every countdown on the page: a single one-second timer that runs only
// while something is subscribed and the page is visible, so a screen of countdowns costs one
// timer and one batched render per second, and a hidden tab costs nothing.

const TICK_MS = 1_000;

type Listener = () => void;

const listeners = new Set<Listener>();
let timer: ReturnType<typeof setInterval> | undefined;
let current = Date.now();

const hidden = () => typeof document !== "undefined" && document.visibilityState === "hidden";

function tick() {
  current = Date.now();
  for (const listener of listeners) listener();
}

function start() {
  if (timer !== undefined || hidden()) return;
  tick();
  timer = setInterval(tick, TICK_MS);
}

function stop() {
  if (timer === undefined) return;
  clearInterval(timer);
  timer = undefined;
}

function onVisibility() {
  if (hidden()) stop();
  else if (listeners.size > 0) start();
}

/** For useSyncExternalStore: the ticker runs from the first subscriber to the last unsubscribe. */
export function subscribeToTicks(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1 && typeof document !== "undefined") {
    document.addEventListener("visibilitychange", onVisibility);
  }
  start();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    stop();
    if (typeof document !== "undefined") document.removeEventListener("visibilitychange", onVisibility);
  };
}

/** The wall time (ms) of the last tick: stable between ticks, as useSyncExternalStore requires. */
export function lastTick(): number {
  return current;
}

/** True while the shared timer runs (for tests). */
export function tickerRunning(): boolean {
  return timer !== undefined;
}
