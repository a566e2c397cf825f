import { DirectorySkeleton } from "@/components/layout/page-skeletons";

export default function Loading() {
  return <DirectorySkeleton />;
}
