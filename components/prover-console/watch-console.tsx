import type { Address } from "viem";
import type { Deployment } from "@/lib/contracts/addresses";
import type { ConsoleModel } from "@/lib/prover-console/model";
import type { AccountRole } from "@/lib/prover-console/reads";
import { ConsoleView } from "./console-view";
import { ConnectAsProver } from "./watch-note";

/** The console read-only for any prover, rendered on the server: every write is a note to connect as the prover. */
export function WatchConsole({
  model,
  role,
  watched,
  contracts,
  recentMinStakes,
}: {
  model: ConsoleModel;
  role: AccountRole;
  watched: Address;
  contracts: Deployment["contracts"];
  recentMinStakes?: bigint[];
}) {
  const prover = model.prover;
  const note = (action: string) => <ConnectAsProver prover={prover} action={action} />;
  return (
    <div className="space-y-4">
      <p className="rounded-xl border border-line bg-panel p-3 text-sm" data-testid="watch-mode">
        Watch mode: this console is read-only.
        {role.kind === "submitter" ? (
          <>
            {" "}
            <code className="break-all font-mono text-xs">{watched}</code> is a submitter of this prover; its console is
            the prover's.
          </>
        ) : null}
      </p>
      <ConsoleView
        model={model}
        contracts={contracts}
        recentMinStakes={recentMinStakes}
        actions={{
          fix: model.health.fix && model.health.fix.action !== "operators" ? note("do this") : undefined,
          claim: note("claim the commission"),
          commission: note("change the commission"),
        }}
      />
    </div>
  );
}
