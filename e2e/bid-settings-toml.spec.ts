// As a prover, I take my saved rule to the bidder as TOML (the [rule] table or a whole
// config.toml, downloaded or copied) and bring a config.toml back: the page shows what it
// would change, and saves it as a new version only when I say so.
import type { Page } from "@playwright/test";
import { parse } from "smol-toml";
import { DEPLOYER, expect, test } from "./fixtures";
import { openBidSettings } from "./flows/open-bid-settings";
import { storedRule } from "./support/bid-settings";

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

test("the saved rule exported as rule.toml, config.toml and the clipboard parses back to what is stored", async ({
  page,
  wallet,
  chain,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const form = await openBidSettings(page, wallet, DEPLOYER);
  await form.getByTestId("rule-vk_whitelist").fill(`0x${"ab".repeat(32)}\n${"CD".repeat(32)}`);
  await form.getByTestId("rule-save").click();
  await expect(form.getByTestId("rule-status")).toContainText("Saved as version");
  const stored = await storedRule(page.request, DEPLOYER);

  const rule = await downloaded(page, () => page.getByTestId("export-rule").click());
  expect(rule.name).toBe("rule.toml");
  expect(parse(rule.text, { integersAsBigInt: true }).rule).toEqual(stored.settings && tomlRule(stored.settings));

  const config = await downloaded(page, () => page.getByTestId("export-config").click());
  expect(config.name).toBe("config.toml");
  const parsed = parse(config.text, { integersAsBigInt: true }) as { rule: unknown; chain: Record<string, unknown> };
  expect(parsed.rule).toEqual(stored.settings && tomlRule(stored.settings));
  expect(parsed.chain).toMatchObject({ chain_id: BigInt(chain.chainId), prover_eth_addr: DEPLOYER });
  expect(parsed.chain.submitter_passphrase ?? "").toBe("");

  await page.getByTestId("copy-rule").click();
  await expect(page.getByText("The [rule] table is on your clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(rule.text);
});

test("an imported config.toml shows its differences and is saved as a new version; a broken one is refused in words", async ({
  page,
  wallet,
}) => {
  const form = await openBidSettings(page, wallet, DEPLOYER);
  const before = await storedRule(page.request, DEPLOYER);
  const importer = page.getByTestId("rule-import");

  await importer.getByTestId("import-text").fill('[rule]\nmax_fee = "0x10"\n');
  await importer.getByTestId("import-read").click();
  await expect(importer.getByTestId("import-error")).toContainText("not what the bidder accepts");

  const file = [
    "[chain]",
    'submitter_passphrase = "never stored"',
    "[rule]",
    'max_fee = "123000000000000000000"',
    "max_input_size = 2048",
    'prover_gas_price = "11000000000000"',
    "prove_min_duration = 600",
    "vk_whitelist = []",
    `vk_blacklist = ["0x${"0".repeat(64)}"]`,
  ].join("\n");
  await importer.getByTestId("import-file").setInputFiles({
    name: "config.toml",
    mimeType: "text/plain",
    buffer: Buffer.from(file),
  });
  const preview = page.getByTestId("import-preview");
  await expect(preview).toBeVisible();
  const changes = preview.getByTestId("import-changes");
  await expect(changes.locator('[data-key="max_fee"] [data-testid="change-after"]')).toHaveText(
    "123000000000000000000",
  );
  await expect(changes.locator('[data-key="prove_min_duration"] [data-testid="change-after"]')).toHaveText("600");
  expect((await storedRule(page.request, DEPLOYER)).version, "reading a file saves nothing").toBe(before.version);

  await preview.getByTestId("import-save").click();
  await expect(form.getByTestId("rule-status")).toHaveText(`Saved as version ${before.version + 1}.`);
  const after = await storedRule(page.request, DEPLOYER);
  expect(after.settings).toEqual({
    max_fee: "123000000000000000000",
    max_input_size: "2048",
    prover_gas_price: "11000000000000",
    prove_min_duration: "600",
    vk_whitelist: [],
    vk_blacklist: [`0x${"0".repeat(64)}`],
  });
  await expect(form.getByTestId("rule-max_input_size")).toHaveValue("2048");
  expect(JSON.stringify(after)).not.toContain("never stored");
});

/** The settings as the exported TOML holds them: uint64 rules as integers, the rest as strings. */
function tomlRule(settings: NonNullable<Awaited<ReturnType<typeof storedRule>>["settings"]>) {
  return {
    ...settings,
    max_input_size: BigInt(settings.max_input_size),
    prove_min_duration: BigInt(settings.prove_min_duration),
  };
}
