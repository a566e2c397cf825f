import { type Address, decodeErrorResult, type Hex, maxUint256, parseEther } from "viem";
import { generatePrivateKey, type PrivateKeyAccount, privateKeyToAccount } from "viem/accounts";
import { brevisMarketAbi, brevTokenAbi, proverVaultAbi, stakingControllerAbi } from "../../../lib/contracts/generated";
import { DEV_ACCOUNTS } from "../../../scripts/devnet/anvil.mjs";
import { type Chain, required } from "./chain";

const ALL_ERRORS = [...brevisMarketAbi, ...stakingControllerAbi, ...proverVaultAbi, ...brevTokenAbi].filter(
  (item) => item.type === "error",
);

/** Account 0 deploys the devnet and alone may mint BREV; anvil signs for it. */
const MINTER = DEV_ACCOUNTS[0];

/** Waits for a transaction and returns its block, failing on a revert with the contract's reason. */
export async function mined(chain: Chain, hash: Hex): Promise<bigint> {
  const receipt = await chain.client.waitForTransactionReceipt({ hash, pollingInterval: 100 });
  if (receipt.status !== "success") {
    const { gas } = await chain.client.getTransaction({ hash });
    const reason =
      receipt.gasUsed === gas
        ? `it ran out of gas (limit ${gas})`
        : await revertReason(chain, hash, receipt.blockNumber);
    throw new Error(`Transaction ${hash} reverted: ${reason}`);
  }
  return receipt.blockNumber;
}

/** Replays a reverted transaction on the state before its block (anvil mines one per block) to name the error. */
async function revertReason({ client }: Chain, hash: Hex, block: bigint): Promise<string> {
  const tx = await client.getTransaction({ hash });
  try {
    await client.call({ account: tx.from, to: tx.to, data: tx.input, gas: tx.gas, blockNumber: block - 1n });
    return "it succeeds when replayed on the previous block (time-dependent).";
  } catch (error) {
    const data = (error as { walk?: (fn: (e: unknown) => boolean) => unknown }).walk?.(
      (cause) => typeof (cause as { data?: unknown }).data === "string",
    ) as { data?: Hex } | undefined;
    if (data?.data) {
      try {
        const decoded = decodeErrorResult({ abi: ALL_ERRORS, data: data.data });
        return `${decoded.errorName}(${(decoded.args ?? []).join(", ")})`;
      } catch {
        return `undecoded revert data ${data.data}`;
      }
    }
    return error instanceof Error ? (error.message.split("\n")[0] ?? "unknown") : String(error);
  }
}

/**
 * A new account with gas money and `brev` BREV, allowing `spenders` to take all of it: fresh, so
 * every row the scenario makes for it is the scenario's own.
 */
export async function freshAccount(chain: Chain, brev: bigint, spenders: Address[]): Promise<PrivateKeyAccount> {
  const { wallet, client, test, deployment } = chain;
  const token = required(deployment, "BrevToken");
  const account = privateKeyToAccount(generatePrivateKey());
  await test.setBalance({ address: account.address, value: parseEther("10") });
  const write = { chain: client.chain, address: token, abi: brevTokenAbi } as const;
  await mined(
    chain,
    await wallet.writeContract({ ...write, account: MINTER, functionName: "mint", args: [account.address, brev] }),
  );
  for (const spender of spenders) {
    await mined(
      chain,
      await wallet.writeContract({ ...write, account, functionName: "approve", args: [spender, maxUint256] }),
    );
  }
  return account;
}

/** Sends as `address` without its key (anvil impersonation), e.g. as a seeded prover. */
export async function asAccount<T>(chain: Chain, address: Address, send: () => Promise<T>): Promise<T> {
  await chain.test.setBalance({ address, value: parseEther("10") });
  await chain.test.impersonateAccount({ address });
  try {
    return await send();
  } finally {
    await chain.test.stopImpersonatingAccount({ address });
  }
}
