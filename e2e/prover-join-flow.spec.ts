// As an operator with a fresh funded account, I join the network from the browser: approve
// exactly the minimum self-stake, join with my commission, name my prover; the wizard prices
// each step, resumes where I stopped after a reload, and a double click sends one transaction.
import { isAddressEqual, parseEther } from "viem";
import { expect, test } from "./fixtures";
import {
  currentStep,
  freshAccount,
  fundNewcomer,
  joinAllowance,
  listedProvers,
  minSelfStake,
  openJoinWizard,
  predictedVault,
  proverInfo,
} from "./flows/prover-join";
import { sharesOf, vaultOf } from "./support/staking";

test("a fresh funded account joins end to end: listed by the controller, its vault at the predicted address", async ({
  page,
  wallet,
  chain,
}) => {
  const account = freshAccount("end-to-end");
  await fundNewcomer(chain, account);
  const min = await minSelfStake(chain);
  const predicted = await predictedVault(chain, account);

  const wizard = await openJoinWizard(page, wallet, account);
  await expect(wizard.getByTestId("join-predicted-vault")).toHaveText(predicted);
  await expect(wizard.getByTestId("join-min-self-stake")).toHaveAttribute("data-wei", min.toString());
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-approve");
  // Every step is priced before the first is sent: the later ones simulated after the earlier.
  for (const step of ["approve", "initialize", "profile"]) {
    await expect(wizard.getByTestId(`join-cost-${step}`)).toHaveAttribute("data-gas", /^[1-9]\d*$/);
  }
  // The devnet has no GasPriceOracle predeploy: no L1 data fee, said in words, total = L2 execution.
  const approveCost = wizard.getByTestId("join-cost-approve");
  await expect(approveCost).toHaveAttribute("data-l1-wei", "none");
  await expect(wizard.getByTestId("join-cost-approve-split")).toContainText("L1 data fee: none on this chain");
  expect(await approveCost.getAttribute("data-wei")).toBe(await approveCost.getAttribute("data-l2-wei"));

  await wizard.getByRole("button", { name: "Approve 1,000 BREV" }).click();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-initialize");
  expect(await joinAllowance(chain, account), "approved exactly minSelfStake").toBe(min);

  await wizard.getByLabel("Default commission rate (%)").fill("12.5");
  await expect(wizard.getByTestId("join-summary-rate")).toHaveText("12.50% (1,250 bps)");
  await wizard.getByRole("button", { name: "Join as a prover" }).click();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-profile");

  await wizard.getByLabel("Name").fill("Kestrel Proving Co.");
  await wizard.getByLabel(/Icon URL/).fill("/provers/kestrel.svg");
  await expect(wizard.getByTestId("profile-preview-name")).toHaveText("Kestrel Proving Co.");
  await expect(wizard.getByTestId("profile-preview").locator("img")).toHaveAttribute("src", "/provers/kestrel.svg");
  await wizard.getByRole("button", { name: "Save profile" }).click();
  await expect(wizard.getByTestId("prover-links")).toContainText("This account is a prover (Active).");
  await expect(wizard, "a prover with a profile is at the profile editor").toHaveAttribute("data-step", "edit");

  expect(wallet.requestCount("eth_sendTransaction"), "three transactions, one per step").toBe(3);
  const provers = await listedProvers(chain);
  expect(
    provers.some((prover) => isAddressEqual(prover, account)),
    "in the controller's list",
  ).toBe(true);
  expect(await vaultOf(chain, account)).toBe(predicted);
  await expect(wizard.getByTestId("join-predicted-vault")).toHaveText(predicted);
  const [state, , commission, , , , name, iconUrl] = await proverInfo(chain, account);
  expect({ state, commission, name, iconUrl }).toEqual({
    state: 1,
    commission: 1250n,
    name: "Kestrel Proving Co.",
    iconUrl: "/provers/kestrel.svg",
  });
  expect(await sharesOf(chain, account, account), "the self-stake is in the vault").toBeGreaterThan(0n);
  expect(await chain.readBrevBalance(account)).toBe(0n);
});

test("a reload mid-wizard resumes at the step the chain says, not at the start", async ({ page, wallet, chain }) => {
  const account = freshAccount("reload");
  await fundNewcomer(chain, account);
  const wizard = await openJoinWizard(page, wallet, account);
  await wizard.getByRole("button", { name: /^Approve / }).click();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-initialize");

  await page.reload();
  await expect(currentStep(wizard), "after approving: join next").toHaveAttribute(
    "data-testid",
    "join-step-initialize",
  );
  await expect(wizard.getByTestId("join-step-approve")).toHaveAttribute("data-status", "done");

  await wizard.getByLabel("Default commission rate (%)").fill("5");
  await wizard.getByRole("button", { name: "Join as a prover" }).click();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-profile");

  await page.reload();
  await expect(currentStep(wizard), "after joining: the profile next").toHaveAttribute(
    "data-testid",
    "join-step-profile",
  );
  await expect(wizard.getByLabel("Name")).toHaveValue("");
  expect(wallet.requestCount("eth_sendTransaction")).toBe(2);
});

test("a double click on a step's button sends one transaction", async ({ page, wallet, chain }) => {
  const account = freshAccount("double-click");
  await fundNewcomer(chain, account, parseEther("1500"));
  const wizard = await openJoinWizard(page, wallet, account);

  await wizard.getByRole("button", { name: /^Approve / }).dblclick();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-initialize");
  await wizard.getByLabel("Default commission rate (%)").fill("0");
  await wizard.getByRole("button", { name: "Join as a prover" }).dblclick();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-profile");

  expect(wallet.requestCount("eth_sendTransaction"), "one approval and one join").toBe(2);
  expect(await joinAllowance(chain, account)).toBe(0n);
  expect(await chain.readBrevBalance(account)).toBe(parseEther("1500") - (await minSelfStake(chain)));
});
