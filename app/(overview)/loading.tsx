import { OverviewSkeleton } from "@/components/layout/page-skeletons";

export default function Loading() {
  return <OverviewSkeleton />;
}
