// As a prover, I rename my prover and change its icon from the profile editor, and the public
// page shows the new profile once the indexer has the block.
import { DEPLOYER, expect, test } from "./fixtures";
import { openJoinWizard, proverInfo } from "./flows/prover-join";

test("a profile edit of an existing prover shows on its public page", async ({ page, wallet, chain, indexer }) => {
  const wizard = await openJoinWizard(page, wallet, DEPLOYER, { profile: true });
  await expect(wizard, "an existing prover goes straight to its profile").toHaveAttribute("data-step", "edit");
  await expect(wizard.getByTestId("join-steps")).toHaveCount(0);
  const name = "Tundra Relabelled ✓";
  await wizard.getByLabel("Name").fill(name);
  await wizard.getByLabel(/Icon URL/).fill("/provers/tundra.svg");
  await expect(wizard.getByTestId("profile-name-bytes")).toHaveText("21 / 128 bytes");
  await wizard.getByRole("button", { name: "Save profile" }).click();
  await expect(wizard.getByTestId("profile-saved")).toBeVisible();
  const [, , , , , , onChainName, onChainIcon] = await proverInfo(chain, DEPLOYER);
  expect({ onChainName, onChainIcon }).toEqual({ onChainName: name, onChainIcon: "/provers/tundra.svg" });

  await indexer.caughtUp();
  await wizard.getByTestId("prover-links").getByRole("link", { name: "See your public page" }).click();
  await expect(page).toHaveURL(new RegExp(`/provers/${DEPLOYER}$`));
  await expect(page.getByTestId("prover-name")).toHaveText(name);
  await expect(page.locator("main header img").first()).toHaveAttribute("src", "/provers/tundra.svg");
});
