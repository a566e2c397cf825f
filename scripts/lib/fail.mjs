// Errors meant for a person at a terminal: one plain sentence saying what is wrong and
// how to fix it. `runMain` prints only that sentence (no stack) and exits non-zero.

export class UserError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * Runs a script's main function; a UserError becomes one line on stderr and exit 1,
 * anything else keeps its stack because it is our bug, not the user's.
 * @param {() => Promise<void>} main
 */
export function runMain(main) {
  main().catch((error) => {
    if (error instanceof UserError) {
      console.error(`\n✖ ${error.message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
