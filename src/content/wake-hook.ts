// How the popup and the background reach a content script that is not listening yet. On a page
// without notes the content script registers no message listener, because that alone builds the
// runtime bindings (about 1.1 ms per page, bench/page-cost.mjs). Instead it leaves a function in
// its isolated world, which the page cannot see; `scripting.executeScript` runs in that same world,
// calls it, and the content script starts answering messages.

/** Name of the hook on the content script's isolated-world global. */
export const WAKE_HOOK = 'crosscheckWake';

/** Leaves `connect` where the extension's injected functions find it; it resolves true once the
 *  content script listens. */
export function exposeWakeHook(scope: object, connect: () => Promise<boolean> | boolean): void {
  Object.defineProperty(scope, WAKE_HOOK, { value: connect, configurable: true, writable: true });
}

/**
 * Runs inside the page (serialised by `scripting.executeScript`), so it must not close over
 * anything: true when a live content script is now listening.
 */
export async function callWakeHook(name: string): Promise<boolean> {
  const hook = (globalThis as Record<string, unknown>)[name];
  return typeof hook === 'function' && (await (hook as () => unknown)()) === true;
}
