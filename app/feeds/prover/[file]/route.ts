import { feedResponse } from "@/lib/server/feeds/feed-response";

export const dynamic = "force-dynamic";

/** GET /feeds/prover/0x….xml: the prover's alerts as an Atom feed. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return feedResponse("prover", (await params).file, request);
}
