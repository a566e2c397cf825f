-- Sign-in nonces handed out and not yet used: a sign-in deletes its nonce, so each works once.
CREATE TABLE app.auth_nonces (
  nonce text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);

-- Signed-in sessions. The cookie only names a row; signing out deletes it, so a copied cookie
-- stops working at once.
CREATE TABLE app.sessions (
  id text PRIMARY KEY,
  address text NOT NULL CHECK (address ~ '^0x[0-9a-f]{40}$'),
  chain_id bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
