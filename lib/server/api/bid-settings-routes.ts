import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { type Address, getAddress, isAddress } from "viem";
import { z } from "zod";
import { diffBidSettings } from "@/lib/bid-settings/diff";
import { configToml, ruleToml } from "@/lib/bid-settings/toml-export";
import { importBidSettings } from "@/lib/bid-settings/toml-import";
import { validateBidSettings } from "@/lib/bid-settings/validate";
import { bidSettingsRepository, type StoredBidSettings } from "../app-db/bid-settings-repository";
import { authStore } from "../auth/auth-store";
import { type ApiEnv, ApiError, secureCookies } from "./api-env";
import { mayManageProver } from "./prover-access";
import { sessionIdFromCookie } from "./session-cookie";

type ProverEnv = ApiEnv & { Variables: { prover: Address } };

/** A config.toml is a few hundred bytes; this leaves room for long vk lists and comments. */
const MAX_IMPORT_BYTES = 64 * 1024;

const saveBody = z.object({
  version: z
    .number()
    .int()
    .nonnegative()
    .max(2 ** 31 - 1),
  settings: z.unknown(),
});

const storedJson = (stored: StoredBidSettings | null) =>
  stored
    ? { ...stored, updatedAt: stored.updatedAt.toISOString() }
    : { version: 0, settings: null, updatedBy: null, updatedAt: null };

/**
 * The signed-in account, if it may manage the prover in the path. Signed in, then allowed, both
 * checked before anything is read: whoever else asks learns nothing, not even whether settings exist.
 */
const signedInManager = createMiddleware<ProverEnv>(async (c, next) => {
  const { config, db, now } = c.var;
  const id = await sessionIdFromCookie(c, config.sessionSecret, secureCookies(config));
  const session = id ? await authStore(db).readSession(id, now) : null;
  if (!session || session.chainId !== config.chainId) throw new ApiError(401, "Sign in with your wallet first.");
  const param = c.req.param("prover") ?? "";
  if (!isAddress(param, { strict: false })) throw new ApiError(400, "The prover in the path is not an address.");
  const prover = getAddress(param);
  if (!(await mayManageProver(config, session.address, prover))) {
    throw new ApiError(403, "Only the prover and the submitters it has registered on chain may see its bid settings.");
  }
  c.set("session", session);
  c.set("prover", prover);
  await next();
});

/** A prover's bid settings: read, save a new version, history, and TOML out and in. */
export function bidSettingsRoutes() {
  const app = new Hono<ProverEnv>();
  app.use("/:prover", signedInManager);
  app.use("/:prover/*", signedInManager);

  app.get("/:prover", async (c) => {
    const stored = await bidSettingsRepository(c.var.db).read(c.var.config.chainId, c.var.prover);
    c.header("Cache-Control", "no-store");
    return c.json(storedJson(stored));
  });

  app.put("/:prover", async (c) => {
    const body = saveBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) {
      throw new ApiError(400, "Send { version, settings } in JSON, version being the one you edited (0 for none yet).");
    }
    const validation = validateBidSettings(body.data.settings);
    if (!validation.ok) {
      return c.json({ error: "Some values are not what the bidder accepts.", errors: validation.errors }, 400);
    }
    const { config, db, prover, session } = c.var;
    const saved = await bidSettingsRepository(db).save(
      config.chainId,
      prover,
      body.data.version,
      validation.settings,
      session.address,
    );
    if (saved.ok) return c.json({ version: saved.version });
    return c.json(
      {
        error: "The settings changed since you loaded them: compare, then save again on the current version.",
        current: saved.current ? storedJson(saved.current) : null,
      },
      409,
    );
  });

  app.get("/:prover/audit", async (c) => {
    const entries = await bidSettingsRepository(c.var.db).audit(c.var.config.chainId, c.var.prover);
    c.header("Cache-Control", "no-store");
    return c.json({ entries: entries.map((entry) => ({ ...entry, changedAt: entry.changedAt.toISOString() })) });
  });

  app.post(
    "/:prover/import",
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES,
      onError: (c) => c.json({ error: "The file is larger than a bidder config can be (64 KiB)." }, 413),
    }),
    async (c) => {
      // Only [rule] is read from the text; nothing of it is stored here or logged.
      const imported = importBidSettings(await c.req.text());
      if (!imported.ok) {
        return c.json({ error: "The file's [rule] is not what the bidder accepts.", errors: imported.errors }, 400);
      }
      const stored = await bidSettingsRepository(c.var.db).read(c.var.config.chainId, c.var.prover);
      return c.json({
        settings: imported.settings,
        current: storedJson(stored),
        changes: diffBidSettings(stored?.settings ?? null, imported.settings),
      });
    },
  );

  app.get("/:prover/export", async (c) => {
    const format = c.req.query("format") ?? "config";
    if (format !== "rule" && format !== "config") {
      throw new ApiError(400, "Export as format=rule (the [rule] table) or format=config (a whole config.toml).");
    }
    const { config, prover } = c.var;
    const stored = await bidSettingsRepository(c.var.db).read(config.chainId, prover);
    if (!stored) throw new ApiError(404, "No bid settings are saved for this prover yet.");
    const text =
      format === "rule"
        ? ruleToml(stored.settings)
        : configToml(stored.settings, { chainId: config.chainId, marketAddress: config.market, proverAddress: prover });
    c.header("Content-Type", "text/plain; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${format === "rule" ? "rule.toml" : "config.toml"}"`);
    c.header("Cache-Control", "no-store");
    return c.body(text);
  });

  return app;
}
