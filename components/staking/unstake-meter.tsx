/** "N of 10 pending requests" as a bar; near the cap it warns, at the cap it says why no more can be made. */
export function UnstakeMeter({ count, max }: { count: number; max: number }) {
  const full = count >= max;
  const near = !full && count >= max - 2;
  const tone = full ? "bg-danger" : near ? "bg-warning" : "bg-accent";
  return (
    <div data-testid="unstake-meter" data-count={count}>
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="text-ink">
          {count} of {max} pending requests
        </span>
        {full ? (
          <span className="text-danger text-xs">Cap reached</span>
        ) : near ? (
          <span className="text-warning text-xs">Near the cap</span>
        ) : null}
      </div>
      {/* The native meter speaks to assistive tech; the bar beside it is what the eye reads, in the theme's colours. */}
      <meter
        className="sr-only"
        min={0}
        max={max}
        value={count}
        aria-label={`${count} of ${max} pending unstake requests`}
      />
      <div aria-hidden className="mt-1 h-2 w-full overflow-hidden rounded-full bg-line/60">
        <div className={`h-full ${tone}`} style={{ width: `${Math.min(100, (count / max) * 100)}%` }} />
      </div>
    </div>
  );
}
