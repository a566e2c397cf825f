// As a staker keeping books, I open my history's CSV in a spreadsheet without running anything a
// prover wrote: a name set on chain to a formula arrives as one inert text cell.
import { parseEther } from "viem";
import { ALICE, DEPLOYER, expect, test } from "./fixtures";
import { setProfileAs } from "./support/prover-console";
import { stakeAs } from "./support/staking";

const NAME = '=HYPERLINK("https://evil.example","x"),@SUM(1+1)';

test("a prover's hostile name is a quoted, inert cell of the history CSV", async ({ chain, indexer, request }) => {
  // The devnet's account 0 is a prover: it names itself with a formula, and Alice stakes with it.
  await setProfileAs(chain, DEPLOYER, NAME, "");
  await stakeAs(chain, ALICE, DEPLOYER, parseEther("10"));
  await indexer.caughtUp();

  const response = await request.get(`/portfolio/history.csv?address=${ALICE}`);
  expect(response.status()).toBe(200);
  const [header, ...lines] = (await response.text()).trimEnd().split("\r\n");
  expect(header?.split(",").slice(3, 5)).toEqual(["prover", "prover_name"]);
  const row = lines.find((line) => line.includes(`,stake,,${DEPLOYER},`));
  expect(row, "Alice's stake with the hostile prover").toBeDefined();
  expect(row).toContain(`,${DEPLOYER},"'=HYPERLINK(""https://evil.example"",""x""),@SUM(1+1)",`);
});
