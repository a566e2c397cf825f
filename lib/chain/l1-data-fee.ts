import type { Address, Client, Hex } from "viem";
import { getCode } from "viem/actions";
import { estimateL1Fee } from "viem/op-stack";
import { GAS_PRICE_ORACLE_ADDRESS } from "./networks";

/**
 * The L1 data fee each call would pay on an OP-stack chain, priced by the GasPriceOracle
 * predeploy (the calldata compressed and charged at L1 blob and base fee); undefined when the
 * chain has no oracle there, so it charges no such fee. Decided by code at the address, never by
 * chain id, so any chain that has the predeploy is priced the same way.
 */
export async function l1DataFees(
  client: Client,
  account: Address,
  calls: readonly { to: Address; data: Hex }[],
): Promise<bigint[] | undefined> {
  const code = await getCode(client, { address: GAS_PRICE_ORACLE_ADDRESS });
  if (code === undefined || code === "0x") return undefined;
  return Promise.all(
    calls.map(({ to, data }) =>
      estimateL1Fee(client, {
        account,
        to,
        data,
        gasPriceOracleAddress: GAS_PRICE_ORACLE_ADDRESS,
        chain: client.chain,
      }),
    ),
  );
}
