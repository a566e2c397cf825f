import { feedResponse } from "@/lib/server/feeds/feed-response";

export const dynamic = "force-dynamic";

/** GET /feeds/staker/0x….xml: the staker's alerts as an Atom feed. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return feedResponse("staker", (await params).file, request);
}
