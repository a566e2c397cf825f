import type { EpochFacts } from "@/lib/chain/epoch-facts";
import { formatAbsolute, formatCountdown } from "@/lib/format/time";
import type { Epochs } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { ScrollRegion } from "../ui/scroll-region";
import { type Column, TableHead } from "../ui/table-head";
import { EpochCountdown } from "./epoch-countdown";

const COLUMNS: Column[] = [
  { label: "From epoch" },
  { label: "Starting" },
  { label: "Length", align: "right" },
  { label: "Cap per epoch", align: "right" },
];

/**
 * The running epoch (the chain's own answer when it gives one, the indexer's reading of the
 * schedule otherwise) and every config of the schedule.
 */
export function EpochSchedule({ epochs, facts }: { epochs: Epochs; facts: EpochFacts }) {
  const { current, configs } = epochs;
  const live = facts.status === "live" ? facts.current : null;
  const epochLength = live ? Number(live.epochLength) : current?.epochLength;
  const maxReward = live?.maxReward ?? current?.maxReward;
  return (
    <Card title="Epoch schedule" description="The foundation rewards provers per epoch, up to a cap per epoch.">
      {current ? (
        <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-muted text-xs">Current epoch</dt>
            <dd className="font-semibold text-ink text-xl tabular-nums" data-testid="current-epoch">
              {live?.epoch ?? current.epoch}
            </dd>
          </div>
          <div>
            <dt className="text-muted text-xs">Ends</dt>
            <dd className="font-semibold text-ink">
              <EpochCountdown endsAt={current.endsAt} readAt={epochs.asOf} />{" "}
              <span className="font-normal text-muted text-xs">({formatAbsolute(current.endsAt)})</span>
            </dd>
          </div>
          <div>
            <dt className="text-muted text-xs">Epoch length</dt>
            <dd className="text-ink" data-testid="epoch-length">
              {epochLength === undefined ? "—" : formatCountdown(epochLength)}
            </dd>
          </div>
          <div>
            <dt className="text-muted text-xs">Most one epoch may pay</dt>
            <dd className="text-ink">
              {maxReward === undefined ? "—" : <Amount wei={maxReward} testId="max-epoch-reward" />}
            </dd>
          </div>
        </dl>
      ) : (
        <p className="text-muted text-sm">No epoch schedule has started.</p>
      )}
      {facts.status === "unavailable" ? <p className="mt-3 text-muted text-xs">{facts.reason}</p> : null}
      {configs.length > 0 ? (
        <ScrollRegion label="Schedule configs" className="mt-4 overflow-x-auto">
          <table className="w-full text-sm tabular-nums" data-testid="epoch-configs">
            <caption className="pb-2 text-left text-muted text-xs">Schedule configs, oldest first</caption>
            <TableHead columns={COLUMNS} />
            <tbody className="divide-y divide-line">
              {configs.map((config) => (
                <tr key={config.fromEpoch}>
                  <th scope="row" className="py-1.5 text-left font-normal">
                    {config.fromEpoch}
                  </th>
                  <td className="py-1.5">{formatAbsolute(config.fromTime)}</td>
                  <td className="py-1.5 text-right">{formatCountdown(config.epochLength)}</td>
                  <td className="py-1.5 text-right">
                    <Amount wei={config.maxEpochReward} compact />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </Card>
  );
}
