import type { Snapshot } from "./snapshot";

type TableDiff = { rows: string; onlyIn: Record<string, string[]> };

/** Rows as a multiset of their JSON, so duplicated rows count too. */
function multiset(rows: readonly unknown[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify(row);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function missingFrom(from: Map<string, number>, other: Map<string, number>, limit: number): string[] {
  const missing: string[] = [];
  for (const [key, count] of from) {
    const extra = count - (other.get(key) ?? 0);
    for (let i = 0; i < extra && missing.length < limit; i += 1) missing.push(key);
  }
  return missing;
}

/**
 * The tables whose rows differ between two runs, each with its row counts and a few rows only
 * one side has: an empty object when the runs agree.
 */
export function diffTables(names: [string, string], a: Snapshot, b: Snapshot, limit = 3): Record<string, TableDiff> {
  const diffs: Record<string, TableDiff> = {};
  const tables = new Set([...a.tables.keys(), ...b.tables.keys()]);
  for (const table of [...tables].sort()) {
    const left = multiset(a.tables.get(table) ?? []);
    const right = multiset(b.tables.get(table) ?? []);
    const onlyLeft = missingFrom(left, right, limit);
    const onlyRight = missingFrom(right, left, limit);
    if (onlyLeft.length === 0 && onlyRight.length === 0) continue;
    diffs[table] = {
      rows: `${names[0]} ${a.tables.get(table)?.length ?? "no table"}, ${names[1]} ${b.tables.get(table)?.length ?? "no table"}`,
      onlyIn: { [names[0]]: onlyLeft, [names[1]]: onlyRight },
    };
  }
  return diffs;
}
