// Shared by the panel and its skeleton, so the placeholder has the panel's size and wording.
export const STAKE_PANEL_TITLE = "Stake with this prover";
export const STAKE_PANEL_DESCRIPTION =
  "Your BREV joins the prover's vault; the vault shares you receive grow with its rewards and shrink with a slash.";
export const STAKE_PANEL_BODY = "grid min-h-[19rem] grid-cols-1 gap-6 md:grid-cols-2";
