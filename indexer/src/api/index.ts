import { Hono } from "hono";
import { BadRequest, NotFound } from "./params";
import { commissionChangeRoutes } from "./routes/commission-changes";
import { epochRoutes } from "./routes/epochs";
import { networkRoutes } from "./routes/network";
import { networkSeriesRoutes } from "./routes/network-series";
import { programRoutes } from "./routes/programs";
import { proverRoutes } from "./routes/provers";
import { requestRoutes } from "./routes/requests";
import { stakerRoutes } from "./routes/stakers";

const app = new Hono();

app.route("/v1/network", networkRoutes);
app.route("/v1/network", networkSeriesRoutes);
app.route("/v1/provers", proverRoutes);
app.route("/v1/stakers", stakerRoutes);
app.route("/v1/requests", requestRoutes);
app.route("/v1/programs", programRoutes);
app.route("/v1/epochs", epochRoutes);
app.route("/v1/commission-changes", commissionChangeRoutes);

app.onError((error, c) => {
  if (error instanceof BadRequest) return c.json({ error: error.message }, 400);
  if (error instanceof NotFound) return c.json({ error: error.message }, 404);
  console.error(error);
  return c.json({ error: "The indexer could not answer this request." }, 500);
});

export default app;
