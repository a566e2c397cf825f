import { ProverSkeleton } from "@/components/layout/page-skeletons";

export default function Loading() {
  return <ProverSkeleton />;
}
