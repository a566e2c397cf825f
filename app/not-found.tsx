import Link from "next/link";

export default function NotFound() {
  return (
    <div className="rounded-2xl border border-line bg-panel p-6">
      <h1 className="font-semibold text-ink text-lg">Nothing here.</h1>
      <p className="mt-2 text-muted text-sm">This address does not match any page of the dashboard.</p>
      <Link href="/" className="mt-4 inline-block text-accent text-sm hover:underline">
        Go to the network overview
      </Link>
    </div>
  );
}
