// Liveness for `npm start` and the e2e harness: answers once the server accepts requests.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
