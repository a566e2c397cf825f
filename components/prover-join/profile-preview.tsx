import type { Address } from "viem";
import { previewIcon } from "@/lib/prover-profile/profile-limits";
import { ProverIcon } from "../provers/prover-icon";

/**
 * The profile as the directory will show it: the directory's own icon component (so its sanitizer
 * decides what loads) and the name as plain text.
 */
export function ProfilePreview({ name, iconUrl, address }: { name: string; iconUrl: string; address: Address }) {
  const icon = previewIcon(iconUrl);
  return (
    <div className="rounded-xl border border-line bg-surface/60 p-3" data-testid="profile-preview">
      <p className="font-medium text-ink text-xs uppercase tracking-wider">Preview</p>
      <div className="mt-2 flex items-center gap-3">
        <ProverIcon name={name} iconUrl={iconUrl} address={address} size={48} />
        <div className="min-w-0">
          <p className="break-words font-semibold text-ink" data-testid="profile-preview-name">
            {name.trim() || "Unnamed prover"}
          </p>
          <p className="break-all font-mono text-muted text-xs">{address}</p>
        </div>
      </div>
      <p className="mt-2 break-words text-muted text-xs" data-testid="profile-preview-icon-note">
        {icon.note}
      </p>
    </div>
  );
}
