/** Lets timers and abort signals run between batches of a tight loop whose writes resolve at once. */

/** Resolves on the next turn of the event loop (after pending timers get their chance). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
