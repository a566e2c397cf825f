export { gini, hhi, nakamotoCoefficient, topShareBps } from "./decentralization";
export { BPS, bpsToPercent, mulDiv, ratioWad, WAD, wadToNumber } from "./fixed-point";
export { reliabilityBps, wilsonLowerBound } from "./reliability";
export { convertToAssets, convertToShares, SHARE_UNIT, sharePrice, VAULT_DECIMALS_OFFSET } from "./share-price";
export { annualizedYieldBps, netOfCommission, SECONDS_PER_YEAR, yieldBySource } from "./yield";
