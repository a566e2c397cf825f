import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppDatabase } from "../app-db/database";
import type { Session } from "../auth/auth-store";
import type { ApiConfig } from "./api-config";

/** What every handler finds on the context: set once per request by the API's first middleware. */
export type ApiEnv = {
  Variables: { config: ApiConfig; db: AppDatabase; now: Date; session: Session };
};

/** A refusal the client gets as `{ error }` with this status: the message is for a person to read. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}

/** Cookies are Secure when every origin the dashboard is served from is https. */
export const secureCookies = (config: ApiConfig) => config.origins.every((origin) => origin.startsWith("https:"));
