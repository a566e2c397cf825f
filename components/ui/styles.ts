// Class lists shared by every form, so a button or a field looks the same in each feature.

/** The one main action of a form or panel. */
export const PRIMARY_BUTTON =
  "w-full rounded-lg bg-accent-fill px-4 py-2 font-medium text-sm text-white hover:bg-accent-fill/90 disabled:cursor-not-allowed disabled:opacity-60";

/** A text input; amounts add `tabular-nums`, addresses `font-mono`. */
export const TEXT_FIELD =
  "w-full min-w-0 rounded-lg border border-line bg-surface px-3 py-2 text-ink text-sm outline-none focus:border-accent focus:ring-2 focus:ring-accent/30 disabled:opacity-60";

/** A main action that sits beside other content instead of filling its panel. */
export const ACTION_BUTTON =
  "rounded-lg bg-accent-fill px-4 py-2 font-medium text-sm text-white hover:bg-accent-fill/90 disabled:cursor-not-allowed disabled:opacity-60";

/** A lesser action next to a main one: reset, unregister, withdraw a consent. */
export const SECONDARY_BUTTON =
  "rounded-lg border border-line px-4 py-2 text-sm hover:bg-line/40 disabled:cursor-not-allowed disabled:opacity-60";
