// Answers once Next serves routes: the e2e harness checks it before each test (a balancer uses /readyz).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
