"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";

export type ToastTone = "info" | "success" | "danger";

export type Toast = {
  id: string;
  tone: ToastTone;
  message: string;
  /** A transaction hash, shown in full so it can be copied and looked up. */
  hash?: string;
};

/** `id` replaces the toast with that id, so one write's progress stays in one toast. */
export type ToastInput = Omit<Toast, "id"> & { id?: string };

type ToastApi = { show(toast: ToastInput): string; dismiss(id: string): void };

const ToastContext = createContext<ToastApi | null>(null);

// Outcomes the person may want to read again stay until dismissed; good news fades.
const SUCCESS_LIFETIME_MS = 12_000;

const TONE: Record<ToastTone, string> = {
  info: "border-line",
  success: "border-success/50",
  danger: "border-danger/50",
};

const MESSAGE_TONE: Record<ToastTone, string> = {
  info: "text-ink",
  success: "text-success",
  danger: "text-danger",
};

/** Holds the toasts of everything below it and renders them in one polite live region. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const counter = useRef(0);

  const dismiss = useCallback((id: string) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((list) => list.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback(
    (input: ToastInput) => {
      counter.current += 1;
      const id = input.id ?? `toast-${counter.current}`;
      setToasts((list) => [...list.filter((toast) => toast.id !== id), { ...input, id }]);
      clearTimeout(timers.current.get(id));
      timers.current.delete(id);
      if (input.tone === "success")
        timers.current.set(
          id,
          setTimeout(() => dismiss(id), SUCCESS_LIFETIME_MS),
        );
      return id;
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <section
        aria-label="Notifications"
        aria-live="polite"
        className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2"
      >
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`pointer-events-auto rounded-xl border bg-panel p-4 text-sm shadow-lg ${TONE[toast.tone]}`}
            data-testid="toast"
            data-tone={toast.tone}
          >
            <div className="flex items-start gap-3">
              <p className={`min-w-0 flex-1 ${MESSAGE_TONE[toast.tone]}`}>{toast.message}</p>
              <button
                type="button"
                onClick={() => dismiss(toast.id)}
                className="-m-1 rounded p-1 text-muted leading-none hover:text-ink"
                aria-label="Dismiss notification"
              >
                ×
              </button>
            </div>
            {toast.hash ? (
              <p className="mt-1 break-all font-mono text-muted text-xs">
                Transaction <span data-testid="toast-hash">{toast.hash}</span>
              </p>
            ) : null}
          </div>
        ))}
      </section>
    </ToastContext.Provider>
  );
}

/** Shows and dismisses toasts; needs a ToastProvider above it. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast must be used inside a ToastProvider");
  return api;
}
