import type { DatabaseLocation, Row } from "./databases";

/** Every row of every table the indexer writes, read once the indexer has stopped. */
export class Snapshot {
  constructor(readonly tables: ReadonlyMap<string, readonly Row[]>) {}

  rows(table: string): readonly Row[] {
    const rows = this.tables.get(table);
    if (!rows)
      throw new Error(`The indexer wrote no table "${table}" (tables: ${[...this.tables.keys()].join(", ")}).`);
    return rows;
  }

  /** Rows keyed by a column or a combination (joined with "/"), failing on duplicate keys. */
  byKey(table: string, ...columns: string[]): Map<string, Row> {
    const map = new Map<string, Row>();
    for (const row of this.rows(table)) {
      const key = columns.map((column) => text(row, column)).join("/");
      if (map.has(key)) throw new Error(`${table} holds two rows for ${key}.`);
      map.set(key, row);
    }
    return map;
  }
}

/** Amounts come back as numeric strings from both drivers. */
export function big(row: Row, column: string): bigint {
  const value = row[column];
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint") {
    throw new Error(`Column ${column} is ${String(value)}, not a number.`);
  }
  return BigInt(value);
}

export function num(row: Row, column: string): number {
  return Number(big(row, column));
}

/** Addresses are stored lowercase; callers compare lowercase too. */
export function text(row: Row, column: string): string {
  const value = row[column];
  if (value === null || value === undefined) return "";
  return String(value).toLowerCase();
}

/** Stable order (by the whole row), so two runs' tables compare row by row. */
function canonical(rows: Row[]): Row[] {
  const keyed = rows.map((row) => ({ row, key: JSON.stringify(row) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ row }) => row);
}

export async function readSnapshot(location: DatabaseLocation): Promise<Snapshot> {
  const reader = await location.open();
  try {
    const schema = location.schema.replace(/'/g, "''");
    // Ponder's own bookkeeping (_ponder_meta, _ponder_checkpoint, _reorg__*) starts with "_".
    const names = await reader.rows(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}' AND table_type = 'BASE TABLE' AND left(table_name, 1) <> '_' ORDER BY table_name`,
    );
    const tables = new Map<string, Row[]>();
    for (const { table_name: name } of names) {
      const rows = await reader.rows(`SELECT * FROM "${location.schema}"."${String(name)}"`);
      tables.set(String(name), canonical(rows));
    }
    return new Snapshot(tables);
  } finally {
    await reader.close();
  }
}
