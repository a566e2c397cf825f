"use client";

// A route that throws renders this instead of a blank page. A visitor reads a sentence and a
// reference, never the error's own message: on the server, Next logs the error with this digest.
export default function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-2xl border border-danger/40 bg-danger/5 p-6">
      <h1 className="font-semibold text-ink text-lg">This page could not be shown.</h1>
      <p className="mt-2 text-muted text-sm">
        {error.digest
          ? `The server hit an error (reference ${error.digest}). Its log has the details.`
          : "Something in this page failed in your browser. Try again, or reload the page."}
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-lg border border-line px-3 py-1.5 text-ink text-sm hover:bg-line/40"
      >
        Try again
      </button>
    </div>
  );
}
