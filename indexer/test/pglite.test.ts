import { pglite } from "./harness/databases";
import { describeIndexer } from "./suite/define";

describeIndexer(pglite);
