// As an operator watching from a phone, I open /prover?address=0x… without a wallet: the first
// HTML already holds the prover's live figures, there is no write button, and a bad address
// gets a sentence, not a crash.
import { formatBps } from "../lib/format/percent";
import { DEPLOYER, expect, test } from "./fixtures";
import { findByTestId } from "./support/html";
import { proverInfo, seededProver } from "./support/prover-console";

test("the first HTML of watch mode holds the prover's pending commission and state, read from the chain", async ({
  request,
  chain,
}) => {
  const info = await proverInfo(chain, DEPLOYER);
  const response = await request.get(`/prover?address=${DEPLOYER}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(findByTestId(html, "pending-commission")?.attributes["data-wei"]).toBe(info[3].toString());
  expect(findByTestId(html, "console-state")?.text).toBe("Active");
  expect(findByTestId(html, "watch-mode")?.text).toContain("read-only");
  expect(findByTestId(html, "commission-rate")?.text).toBe(formatBps(Number(info[2])));
  // The indexer's history is in the same HTML: the foundation's rewards per epoch among it.
  expect(findByTestId(html, "epoch-rewards"), "epoch rewards in the first HTML").toBeDefined();
});

test("watch mode shows no write button, only the way to connect as the prover", async ({ page, chain }) => {
  const tundra = await seededProver("tundra");
  expect(await proverInfo(chain, tundra).then((info) => info[0])).toBe(2);
  await page.goto(`/prover?address=${tundra}`);
  const console_ = page.getByTestId("prover-console");
  await expect(console_.getByTestId("console-health")).toHaveAttribute("data-tone", "bad");
  await expect(console_.getByRole("button")).toHaveCount(0);
  await expect(console_.getByRole("textbox")).toHaveCount(0);
  await expect(console_.getByTestId("connect-as-prover").first()).toContainText("Connect as this prover");
});

test("a bad or unknown address gets a plain sentence", async ({ page }) => {
  await page.goto("/prover?address=0x1234");
  await expect(page.getByTestId("watch-error")).toContainText("is not an Ethereum address");
  await page.goto("/prover?address=0x000000000000000000000000000000000000dEaD");
  await expect(page.getByTestId("watch-error")).toContainText("is not a registered prover");
});
