// The market's reverse second-price auction as BrevisMarket (v1.1.0) settles it: the lowest
// revealed fee wins, the requester pays the second lowest (or the winner's own fee when nobody
// else revealed), and the market keeps its protocol fee out of that payment.

const BPS_DENOMINATOR = 10_000n;

/**
 * Whether a reveal of `fee` would have taken a request: the market refuses a reveal above the
 * request's maxFee, and a reveal only leads when strictly below the leader (on a tie the earlier
 * reveal keeps the lead, and a simulated bid cannot claim to have come first).
 */
export function winsAuction(fee: bigint, requestMaxFee: bigint, otherFees: readonly bigint[]): boolean {
  return fee <= requestMaxFee && otherFees.every((other) => fee < other);
}

/** What the requester pays a winner that revealed `fee`: the lowest other reveal, or `fee` itself when there is none. */
export function secondPrice(fee: bigint, otherFees: readonly bigint[]): bigint {
  let lowest = otherFees[0] ?? fee;
  for (const other of otherFees) if (other < lowest) lowest = other;
  return lowest;
}

/** What reaches the prover out of a payment: the market keeps payment × bps / 10 000, rounded down. */
export function proverReward(payment: bigint, protocolFeeBps: bigint): bigint {
  return payment - (payment * protocolFeeBps) / BPS_DENOMINATOR;
}
