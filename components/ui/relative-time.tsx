import { formatAbsolute, formatRelative } from "@/lib/format/time";

/**
 * A moment relative to the chain's now ("3 days ago"), with the UTC time in the tooltip and
 * the ISO time for machines. Pure: renders the same on the server and in the browser.
 */
export function RelativeTime({ at, now, className }: { at: number; now: number; className?: string }) {
  return (
    <time dateTime={new Date(at * 1000).toISOString()} title={formatAbsolute(at)} className={className}>
      {formatRelative(at, now)}
    </time>
  );
}
