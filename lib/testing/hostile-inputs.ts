/**
 * Test data only: the values every fuzz test sends where a number, an address, a hash or a name
 * is expected — edge numbers, malformed hex, injection attempts, markup, oversized strings.
 * Each is URL-encoded before it is sent.
 */
export const HOSTILE_VALUES = [
  "",
  "0",
  "-1",
  "NaN",
  "Infinity",
  "1e308",
  "9".repeat(400),
  "0x",
  `0x${"0".repeat(40)}`,
  "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  "0x000000000000000000000000000000000000dEaD",
  `0x${"ab".repeat(32)}`,
  `0x${"f".repeat(64)}`,
  "' OR 1=1 --",
  "name; drop table prover",
  "1) union select * from prover --",
  "😀",
  "<script>alert(1)</script>",
  "a".repeat(10_000),
  "[]",
  "{}",
  "null",
  "true",
] as const;

/** Sent as they are, not URL-encoded: broken percent escapes and path traversal. */
export const HOSTILE_URL_PIECES = ["%00", "%ZZ", "%", "..", "../../status"] as const;
