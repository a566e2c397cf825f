import { postgres } from "./harness/databases";
import { describeIndexer } from "./suite/define";

// A throwaway PostgreSQL 17 cluster from npm (or DATABASE_URL); a server that cannot start fails
// the suite with throwaway.mjs's one-sentence reason.
describeIndexer(postgres());
