import { afterEach, describe, expect, test } from 'vitest';
import { callWakeHook, exposeWakeHook, WAKE_HOOK } from '../../src/content/wake-hook';

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[WAKE_HOOK];
});

describe('wake hook: the background reaches a content script that is not listening yet', () => {
  test('no content script on the page: the call says so', async () => {
    expect(await callWakeHook(WAKE_HOOK)).toBe(false);
  });

  test('a live copy starts listening once, however often it is woken', async () => {
    let listeners = 0;
    exposeWakeHook(globalThis, async () => {
      await Promise.resolve(); // the bridge module loads first
      if (listeners === 0) listeners += 1;
      return true;
    });
    expect(await callWakeHook(WAKE_HOOK)).toBe(true);
    expect(await callWakeHook(WAKE_HOOK)).toBe(true);
    expect(listeners).toBe(1);
  });

  test('a dead copy from before a reload answers false, so the background injects a new one', async () => {
    exposeWakeHook(globalThis, () => Promise.resolve(false));
    expect(await callWakeHook(WAKE_HOOK)).toBe(false);
  });

  test('the hook runs on its own when serialised, as scripting.executeScript does', async () => {
    // executeScript sends the function's source, not its closure.
    const rebuilt = new Function(`return (${callWakeHook.toString()})`)() as typeof callWakeHook;
    exposeWakeHook(globalThis, () => Promise.resolve(true));
    expect(await rebuilt(WAKE_HOOK)).toBe(true);
  });
});
