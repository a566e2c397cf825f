import { db } from "ponder:api";
import schema from "ponder:schema";
import { Hono } from "hono";
import { client } from "ponder";
import { BadRequest, NotFound } from "./params";
import { epochRoutes } from "./routes/epochs";
import { networkRoutes } from "./routes/network";
import { proverRoutes } from "./routes/provers";
import { pendingWork, requestRoutes } from "./routes/requests";
import { stakerRoutes } from "./routes/stakers";

const app = new Hono();

app.use("/sql/*", client({ db, schema }));
app.route("/v1/network", networkRoutes);
app.route("/v1/provers", proverRoutes);
app.get("/v1/provers/:address/pending", async (c) => c.json(await pendingWork(c.req.param("address"))));
app.route("/v1/stakers", stakerRoutes);
app.route("/v1/requests", requestRoutes);
app.route("/v1/epochs", epochRoutes);

app.onError((error, c) => {
  if (error instanceof BadRequest) return c.json({ error: error.message }, 400);
  if (error instanceof NotFound) return c.json({ error: error.message }, 404);
  console.error(error);
  return c.json({ error: "The indexer could not answer this request." }, 500);
});

export default app;
