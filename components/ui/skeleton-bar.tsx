/** One pulsing bar of a loading placeholder, sized by the caller (height and width classes). */
export function SkeletonBar({ className }: { className: string }) {
  return <span aria-hidden className={`block animate-pulse rounded bg-line ${className}`} />;
}
