// The read pages' headings, shared by each page and its loading skeleton: the heading paints
// with the skeleton and stays put when the page streams in.

function PageHeading({ title, children }: { title: string; children: string }) {
  return (
    <div>
      <h1 className="font-semibold text-2xl text-ink tracking-tight sm:text-3xl">{title}</h1>
      <p className="mt-1 text-muted text-sm">{children}</p>
    </div>
  );
}

export function OverviewHeading({ networkName }: { networkName: string }) {
  return <PageHeading title="Network overview">{`Live from ${networkName}, read when this page loaded.`}</PageHeading>;
}

export function DirectoryHeading() {
  return (
    <PageHeading title="Provers">
      Every prover with the BREV in its vault, what it charges, what its stakers earned and how reliably it delivers.
      APY is net of commission (hover for gross); fees are after the protocol fee.
    </PageHeading>
  );
}

export function MarketHeading() {
  return (
    <PageHeading title="Market">
      Proof requests in every phase of the sealed-bid, second-price auction, what they paid and who got it. Live phases
      follow the chain's clock; fees to provers are after the protocol fee.
    </PageHeading>
  );
}

export function RewardsHeading() {
  return (
    <PageHeading title="Rewards">
      The foundation's reward epochs: the schedule, what each epoch paid and to whom, what is set but not yet
      distributed, and foundation against market-fee APR.
    </PageHeading>
  );
}

export function NetworkHeading() {
  return (
    <PageHeading title="Decentralization">
      How concentrated the network's stake is and how that moved day by day, each prover's share, where new stake
      spreads it out, and every commission change.
    </PageHeading>
  );
}
