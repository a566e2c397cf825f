// As a staker keeping books, I download my stake history as CSV: every row the indexer
// holds, amounts exact to the wei, dates in ISO 8601 UTC, and each one backed by a log on
// the chain.
import { readFile } from "node:fs/promises";
import { type Address, formatUnits, getAddress, parseEther, parseEventLogs } from "viem";
import { proverVaultAbi, stakingControllerAbi } from "../lib/contracts/generated";
import { csvField } from "../lib/portfolio/history-csv";
import { ALICE, DEPLOYER, expect, test } from "./fixtures";
import { stakingControllerAddress } from "./fixtures/contracts";
import { openPortfolio } from "./flows/open-portfolio";
import { activeProver, addRewardsAs, requestUnstakeAs, sharesOf, stakeAs, vaultOf } from "./support/staking";

type IndexerItem = {
  prover: Address;
  proverName: string;
  kind: string;
  source: string | null;
  shares: string;
  amount: string;
  timestamp: number;
  blockNumber: number;
  txHash: string;
};

test("the CSV of my history matches the indexer and the chain's logs, amounts exact and dates ISO", async ({
  page,
  wallet,
  chain,
  indexer,
  request,
}) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, ALICE, prover, parseEther("123.456789012345678901"));
  await requestUnstakeAs(chain, ALICE, prover, (await sharesOf(chain, prover, ALICE)) / 3n);
  // DEPLOYER holds the reward-source role: a reward that is neither market fees nor an epoch.
  const rewarded = await addRewardsAs(chain, DEPLOYER, prover, parseEther("1000"));
  await indexer.caughtUp();

  await openPortfolio(page, wallet);
  await expect(page.getByTestId("history-row").first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`provernet-history-${ALICE}.csv`);
  const text = await readFile((await download.path()) as string, "utf8");
  const [header, ...lines] = text.trimEnd().split("\r\n");
  expect(header).toBe(
    "time_iso,type,reward_source,prover,prover_name,amount_wei,amount_brev,shares,block_number,tx_hash",
  );
  const rows = lines.map((line) => {
    const [timeIso, type, source, rowProver, proverName, amountWei, amountBrev, shares, blockNumber, txHash] =
      line.split(",");
    return { timeIso, type, source, prover: rowProver, proverName, amountWei, amountBrev, shares, blockNumber, txHash };
  });

  const indexed = (await (await fetch(`${indexer.url}/v1/stakers/${ALICE}/history?limit=100`)).json()) as {
    total: number;
    items: IndexerItem[];
  };
  expect(rows).toHaveLength(indexed.total);
  indexed.items.forEach((item, index) => {
    const row = rows[index];
    expect(row?.type).toBe(item.kind);
    expect(row?.source).toBe(item.source ?? "");
    expect(getAddress(row?.prover ?? "")).toBe(getAddress(item.prover));
    expect(row?.proverName).toBe(csvField(item.proverName));
    expect(row?.amountWei).toBe(item.amount);
    expect(row?.amountBrev).toBe(formatUnits(BigInt(item.amount), 18));
    expect(row?.shares).toBe(item.shares);
    expect(row?.txHash).toBe(item.txHash);
    expect(row?.timeIso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(row?.timeIso).toBe(new Date(item.timestamp * 1000).toISOString());
  });

  // Every stake and unstake this test made is a log on chain with the same amount, time and hash.
  const controller = { address: stakingControllerAddress(chain.chainId), abi: stakingControllerAbi } as const;
  const range = { fromBlock: chain.forkBlock + 1n, args: { staker: ALICE } } as const;
  const logs = [
    ...(await chain.client.getContractEvents({ ...controller, eventName: "Staked", ...range })).map((log) => ({
      log,
      type: "stake",
    })),
    ...(await chain.client.getContractEvents({ ...controller, eventName: "UnstakeRequested", ...range })).map(
      (log) => ({ log, type: "unstake_request" }),
    ),
  ];
  expect(logs).toHaveLength(2);
  for (const { log, type } of logs) {
    const row = rows.find((candidate) => candidate.txHash === log.transactionHash && candidate.type === type);
    expect(row, `a ${type} row for ${log.transactionHash}`).toBeDefined();
    expect(row?.amountWei).toBe(String(log.args.amount));
    expect(row?.shares).toBe(String(log.args.shares));
    const block = await chain.client.getBlock({ blockNumber: log.blockNumber });
    expect(row?.timeIso).toBe(new Date(Number(block.timestamp) * 1000).toISOString());
  }
  expect(rows.find((row) => row.type === "stake" && row.txHash === logs[0]?.log.transactionHash)?.amountBrev).toBe(
    "123.456789012345678901",
  );

  // My part of the reward: what went to stakers × my shares / the vault's shares just before it.
  const [paid] = parseEventLogs({ abi: stakingControllerAbi, eventName: "RewardsAdded", logs: rewarded.logs });
  const before = { blockNumber: rewarded.blockNumber - 1n };
  const vault = await vaultOf(chain, prover);
  const [mine, supply] = await Promise.all([
    chain.client.readContract({
      address: vault,
      abi: proverVaultAbi,
      functionName: "balanceOf",
      args: [ALICE],
      ...before,
    }),
    chain.client.readContract({ address: vault, abi: proverVaultAbi, functionName: "totalSupply", ...before }),
  ]);
  const rewardRow = rows.find((row) => row.txHash === rewarded.transactionHash);
  expect(rewardRow).toMatchObject({ type: "reward", source: "other", shares: "0" });
  expect(rewardRow?.amountWei).toBe(String(((paid?.args.toStakers ?? 0n) * mine) / supply));

  const refused = await request.get("/portfolio/history.csv?address=0xnope");
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("must be an Ethereum address");
});
