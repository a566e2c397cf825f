/** "12 / 128 bytes" under a field, red once over the contract's cap. */
export function ByteCount({ id, bytes, max, testId }: { id: string; bytes: number; max: number; testId: string }) {
  return (
    <span
      id={id}
      className={`text-xs tabular-nums ${bytes > max ? "font-semibold text-danger" : "text-muted"}`}
      data-testid={testId}
    >
      {bytes} / {max} bytes
    </span>
  );
}
