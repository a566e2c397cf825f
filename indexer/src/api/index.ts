import { Hono } from "hono";
import { readApiSettings } from "../settings";
import { answerInWords, guardApi } from "./guard";
import { requestLog } from "./request-log";
import { commissionChangeRoutes } from "./routes/commission-changes";
import { epochRoutes } from "./routes/epochs";
import { proverEventRoutes, stakerEventRoutes } from "./routes/events";
import { marketRoutes } from "./routes/market";
import { networkRoutes } from "./routes/network";
import { networkSeriesRoutes } from "./routes/network-series";
import { programRoutes } from "./routes/programs";
import { proverRoutes } from "./routes/provers";
import { requestRoutes } from "./routes/requests";
import { stakerRoutes } from "./routes/stakers";

const app = new Hono();

app.use(...requestLog());
// No `/sql/*` (Ponder's SQL-over-HTTP client): the API is these routes and nothing else.
guardApi(app, readApiSettings());
app.route("/v1/network", networkRoutes);
app.route("/v1/network", networkSeriesRoutes);
app.route("/v1/provers", proverRoutes);
app.route("/v1/stakers", stakerRoutes);
app.route("/v1/stakers", stakerEventRoutes);
app.route("/v1/provers", proverEventRoutes);
app.route("/v1/requests", requestRoutes);
app.route("/v1/programs", programRoutes);
app.route("/v1/epochs", epochRoutes);
app.route("/v1/market", marketRoutes);
app.route("/v1/commission-changes", commissionChangeRoutes);
answerInWords(app);

export default app;
