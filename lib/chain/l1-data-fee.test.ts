import {
  createClient,
  custom,
  decodeFunctionData,
  encodeFunctionResult,
  type Hex,
  isAddressEqual,
  parseAbi,
  parseTransaction,
} from "viem";
import { base } from "viem/chains";
import { describe, expect, it } from "vitest";
import { l1DataFees } from "./l1-data-fee";
import { GAS_PRICE_ORACLE_ADDRESS } from "./networks";

// The one oracle function the estimate asks; the answer is made up per call to tell them apart.
const oracleAbi = parseAbi(["function getL1Fee(bytes) view returns (uint256)"]);
const ACCOUNT = "0x00000000000000000000000000000000000000aa";
const CALLS = [
  { to: "0x00000000000000000000000000000000000000b1", data: "0x095ea7b3" },
  { to: "0x00000000000000000000000000000000000000b2", data: "0x12345678abcdef" },
] as const;

/** A chain answering eth_getCode and eth_call like an RPC node would, recording the oracle calls. */
function fakeChain(oracleCode: Hex) {
  const asked: Hex[] = [];
  const client = createClient({
    chain: base,
    transport: custom({
      async request({ method, params }) {
        if (method === "eth_getCode") {
          return isAddressEqual(params[0], GAS_PRICE_ORACLE_ADDRESS) ? oracleCode : "0x";
        }
        if (method === "eth_call") {
          expect(isAddressEqual(params[0].to, GAS_PRICE_ORACLE_ADDRESS)).toBe(true);
          const { args } = decodeFunctionData({ abi: oracleAbi, data: params[0].data ?? params[0].input });
          asked.push(args[0]);
          // A fee that grows with the transaction's size, as the real one does.
          return encodeFunctionResult({ abi: oracleAbi, functionName: "getL1Fee", result: BigInt(args[0].length) });
        }
        throw new Error(`unexpected ${method}`);
      },
    }),
  });
  return { client, asked };
}

describe("l1DataFees", () => {
  it("is undefined on a chain without code at the GasPriceOracle predeploy, and asks nothing more", async () => {
    const { client, asked } = fakeChain("0x");
    expect(await l1DataFees(client, ACCOUNT, CALLS)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it("asks the oracle's getL1Fee for each call, serialized as an EIP-1559 transaction of this chain", async () => {
    const { client, asked } = fakeChain("0x6080");
    const fees = await l1DataFees(client, ACCOUNT, CALLS);
    expect(asked).toHaveLength(2);
    expect(fees).toEqual(asked.map((tx) => BigInt(tx.length)));
    for (const [index, tx] of asked.entries()) {
      const parsed = parseTransaction(tx);
      expect(parsed).toMatchObject({ type: "eip1559", chainId: base.id, data: CALLS[index]?.data });
      expect(isAddressEqual(parsed.to ?? "0x", CALLS[index]?.to ?? "0x")).toBe(true);
    }
  });
});
