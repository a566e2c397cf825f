"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { Address } from "viem";
import { SECONDARY_BUTTON, TEXT_FIELD } from "@/components/ui/styles";
import { addWatched, readWatched, removeWatched } from "@/lib/portfolio/watch-storage";

/**
 * Watch any address without connecting: the form is a plain GET to /portfolio?address= (the
 * server checks it), and the addresses watched before are remembered in this browser only.
 * `current` is the address on show, remembered on arrival; `typed` keeps a refused entry in the field.
 */
export function WatchList({ current, typed }: { current: Address | null; typed: string }) {
  const [watched, setWatched] = useState<Address[]>([]);
  useEffect(() => {
    setWatched(current ? addWatched(localStorage, current) : readWatched(localStorage));
  }, [current]);

  return (
    <section aria-labelledby="watch-heading" className="space-y-3" data-testid="watch-list">
      <h2 id="watch-heading" className="font-semibold text-ink text-sm">
        Watch an address
      </h2>
      <form action="/portfolio" method="get" className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor="watch-address" className="sr-only">
          Address to watch
        </label>
        <input
          id="watch-address"
          name="address"
          defaultValue={typed}
          placeholder="0x…"
          autoComplete="off"
          spellCheck={false}
          className={`${TEXT_FIELD} font-mono sm:max-w-md`}
        />
        <button type="submit" className={SECONDARY_BUTTON}>
          Watch
        </button>
      </form>
      {watched.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Watched addresses">
          {watched.map((address) => (
            <li
              key={address}
              className={`flex items-center gap-1 rounded-full border py-0.5 pr-1 pl-3 text-xs ${
                address === current ? "border-accent bg-accent/10" : "border-line"
              }`}
              data-testid="watched-address"
            >
              <Link
                href={`/portfolio?address=${address}`}
                className="font-mono text-ink hover:underline"
                aria-current={address === current ? "page" : undefined}
                title={address}
              >
                {address.slice(0, 6)}…{address.slice(-4)}
              </Link>
              <button
                type="button"
                onClick={() => setWatched(removeWatched(localStorage, address))}
                className="rounded-full px-1.5 text-muted hover:bg-line/40 hover:text-ink"
                aria-label={`Stop watching ${address}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
