// The smallest test harness that does what the specs need: `test(name, fn)` registers a
// test; run.mjs gives each one a fresh browser context and page. No sleeps anywhere: tests
// wait on conditions (locator.waitFor, page.waitForFunction, expectations that poll).

export const registered = [];

/** Registers a test in the spec file being loaded. */
export function test(name, fn) {
  registered.push({ name, fn });
}

export class AssertionError extends Error {}

/** Throws with `message` unless `condition` holds. */
export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}

/** Strict equality with both values in the message. */
export function assertEqual(actual, expected, what) {
  if (actual !== expected) {
    throw new AssertionError(
      `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }
}
