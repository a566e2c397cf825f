/**
 * The one locale every figure and time is written in: the server and each browser must
 * produce the same text, or hydration mismatches and tests read differently per machine.
 */
export const LOCALE = "en-US";
