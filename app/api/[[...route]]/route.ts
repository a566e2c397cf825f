import { handle } from "hono/vercel";
import { createApi } from "@/lib/server/api/api";
import { type ApiConfig, readApiConfig } from "@/lib/server/api/api-config";
import { appDatabase } from "@/lib/server/app-db/app-database";

export const dynamic = "force-dynamic";

// Read at the first request, not at build; a broken configuration is read again next time.
let config: ApiConfig | undefined;
const api = handle(createApi({ config: () => (config ??= readApiConfig()), database: appDatabase }));

export { api as GET, api as POST, api as PUT };
