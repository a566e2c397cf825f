import type { Metadata } from "next";
import { LazyJoinWizard } from "@/components/prover-join/lazy-join-wizard";

export const metadata: Metadata = { title: "Join as a prover" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function JoinPage({ searchParams }: Props) {
  const editProfile = (await searchParams).step === "profile";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-semibold text-2xl text-ink tracking-tight sm:text-3xl">
          {editProfile ? "Your prover profile" : "Join as a prover"}
        </h1>
        <p className="mt-1 max-w-3xl text-muted text-sm">
          {editProfile
            ? "The name and icon the directory and your public page show. Anyone can read them; they change as soon as the transaction is in."
            : "Three transactions from the account that will prove: approve the minimum self-stake, join (your vault is deployed and the self-stake moves into it), then name your prover. Close the page at any point: the wizard reads where you stopped from the chain."}
        </p>
      </div>
      <LazyJoinWizard editProfile={editProfile} />
    </div>
  );
}
