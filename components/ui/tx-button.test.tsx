import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TxButton } from "./tx-button";

describe("TxButton", () => {
  it("shows its label and is enabled while no write is in flight", () => {
    const html = renderToStaticMarkup(<TxButton busy={false}>Set rate</TxButton>);
    expect(html).toContain(">Set rate<");
    expect(html).not.toContain(`disabled=""`);
    expect(html).toContain('type="submit"');
  });

  it("is disabled and says it is sending while busy", () => {
    const html = renderToStaticMarkup(
      <TxButton busy busyLabel="Claiming…" type="button">
        Claim
      </TxButton>,
    );
    expect(html).toContain(">Claiming…<");
    expect(html).toContain('disabled=""');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('type="button"');
  });

  it("stays disabled when its caller disables it, busy or not", () => {
    expect(
      renderToStaticMarkup(
        <TxButton busy={false} disabled>
          Register
        </TxButton>,
      ),
    ).toContain('disabled=""');
  });
});
