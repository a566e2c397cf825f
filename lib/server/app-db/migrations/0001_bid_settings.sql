-- Each prover's bid settings per chain: the bidder's [rule] table as JSON, with the version a
-- save must name (optimistic concurrency) and who saved it last.
CREATE TABLE app.bid_settings (
  chain_id bigint NOT NULL,
  prover text NOT NULL CHECK (prover ~ '^0x[0-9a-f]{40}$'),
  settings jsonb NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  updated_by text NOT NULL CHECK (updated_by ~ '^0x[0-9a-f]{40}$'),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (chain_id, prover)
);

-- Every change, as it was before and after, and who signed it. Append-only: the triggers below
-- refuse to rewrite or remove history, whoever asks.
CREATE TABLE app.bid_settings_audit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  chain_id bigint NOT NULL,
  prover text NOT NULL,
  version integer NOT NULL,
  before jsonb,
  after jsonb NOT NULL,
  signer text NOT NULL CHECK (signer ~ '^0x[0-9a-f]{40}$'),
  changed_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (chain_id, prover, version)
);

CREATE FUNCTION app.refuse_audit_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'app.bid_settings_audit is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER bid_settings_audit_no_rewrite
  BEFORE UPDATE OR DELETE ON app.bid_settings_audit
  FOR EACH ROW EXECUTE FUNCTION app.refuse_audit_rewrite();

CREATE TRIGGER bid_settings_audit_no_truncate
  BEFORE TRUNCATE ON app.bid_settings_audit
  FOR EACH STATEMENT EXECUTE FUNCTION app.refuse_audit_rewrite();
