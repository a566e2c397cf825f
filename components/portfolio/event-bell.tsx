"use client";

import Link from "next/link";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import type { Address } from "viem";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AlertItem } from "@/lib/feeds/event-links";
import { readLastSeen, writeLastSeen } from "@/lib/portfolio/watch-storage";

function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
      <path d="M10 2a5 5 0 0 0-5 5v2.6l-1.3 2.6A1 1 0 0 0 4.6 14h10.8a1 1 0 0 0 .9-1.8L15 9.6V7a5 5 0 0 0-5-5Zm-2 13a2 2 0 0 0 4 0H8Z" />
    </svg>
  );
}

/**
 * The bell on /portfolio: the address's alerts (the same events as its Atom feed), the ones newer
 * than this browser's last look counted in the button's name. Opening it is the look: the chain
 * time the list was read at is remembered per address. Escape closes it and focus goes back.
 */
export function EventBell({
  address,
  items,
  asOf,
  feedHref,
}: {
  address: Address;
  items: AlertItem[];
  asOf: number;
  feedHref: string;
}) {
  const [open, setOpen] = useState(false);
  // Until storage is read (after hydration), nothing counts as unread: the server cannot know.
  const [seenAt, setSeenAt] = useState<number | null | undefined>(undefined);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    setSeenAt(readLastSeen(localStorage, address));
  }, [address]);

  const isNew = (item: AlertItem) => seenAt === null || (seenAt !== undefined && item.timestamp > seenAt);
  const unread = open ? 0 : items.filter(isNew).length;

  function show() {
    setOpen(true);
    writeLastSeen(localStorage, address, asOf);
  }

  function close() {
    setOpen(false);
    setSeenAt(asOf);
    button.current?.focus();
  }

  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape" && open) {
      event.stopPropagation();
      close();
    }
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere inside the popover closes it.
    <div className="relative" onKeyDown={onKeyDown} data-testid="event-bell">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? `Alerts: ${unread} new` : "Alerts: nothing new"}
        onClick={() => (open ? close() : show())}
        className="relative flex h-10 w-10 items-center justify-center rounded-full border border-line bg-panel text-ink hover:bg-line/40"
      >
        <BellIcon />
        {unread > 0 ? (
          <span
            aria-hidden="true"
            className="absolute -top-1 -right-1 min-w-5 rounded-full bg-accent-fill px-1 text-center font-semibold text-white text-xs leading-5"
            data-testid="bell-count"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          ref={panel}
          id={panelId}
          role="dialog"
          aria-label="Alerts"
          tabIndex={-1}
          className="absolute right-0 z-20 mt-2 w-[min(24rem,calc(100vw-2rem))] rounded-2xl border border-line bg-panel p-4 shadow-lg outline-none"
        >
          <div className="flex items-center justify-between gap-3">
            <h2 className="font-semibold text-ink text-sm">Alerts</h2>
            <a href={feedHref} className="text-accent text-xs hover:underline">
              Atom feed
            </a>
          </div>
          {items.length === 0 ? (
            <p className="mt-3 text-muted text-sm">
              Nothing yet: commission changes, slashes and state changes of the provers backed, matured unstakes and
              epoch rewards appear here.
            </p>
          ) : (
            <ul className="mt-3 max-h-96 space-y-1 overflow-y-auto" data-testid="bell-items">
              {items.map((item) => (
                <li key={item.id} data-testid="bell-item" data-new={isNew(item) ? "true" : undefined}>
                  <Link href={item.href} className="block rounded-lg px-2 py-1.5 text-sm hover:bg-line/40">
                    <span className="flex items-start gap-2">
                      {isNew(item) ? (
                        <span className="mt-1.5 h-2 w-2 shrink-0 rounded-full bg-accent-fill" title="New" />
                      ) : (
                        <span className="mt-1.5 h-2 w-2 shrink-0" />
                      )}
                      <span className="min-w-0 break-words text-ink">{item.title}</span>
                    </span>
                    <RelativeTime at={item.timestamp} now={asOf} className="ml-4 block text-muted text-xs" />
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={close} className="mt-3 text-muted text-xs hover:text-ink">
            Close
          </button>
        </div>
      ) : null}
    </div>
  );
}
