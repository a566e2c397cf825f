import { OverviewSkeleton } from "@/components/layout/page-skeletons";
import { NETWORKS } from "@/lib/chain/networks";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";

export default function Loading() {
  return <OverviewSkeleton networkName={NETWORKS[readChainRuntimeConfig().network].name} />;
}
