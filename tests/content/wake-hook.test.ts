import { afterEach, describe, expect, test } from 'vitest';
import { callWakeHook, exposeWakeHook, WAKE_HOOK } from '../../src/content/wake-hook';

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[WAKE_HOOK];
});

describe('wake hook: the background reaches a content script that is not listening yet', () => {
  test('no content script on the page: the call says so', () => {
    expect(callWakeHook(WAKE_HOOK)).toBe(false);
  });

  test('a live copy starts listening once, however often it is woken', () => {
    let listeners = 0;
    exposeWakeHook(globalThis, () => {
      if (listeners === 0) listeners += 1;
      return true;
    });
    expect(callWakeHook(WAKE_HOOK)).toBe(true);
    expect(callWakeHook(WAKE_HOOK)).toBe(true);
    expect(listeners).toBe(1);
  });

  test('a dead copy from before a reload answers false, so the background injects a new one', () => {
    exposeWakeHook(globalThis, () => false);
    expect(callWakeHook(WAKE_HOOK)).toBe(false);
  });

  test('the hook runs on its own when serialised, as scripting.executeScript does', () => {
    // executeScript sends the function's source, not its closure.
    const rebuilt = new Function(`return (${callWakeHook.toString()})`)() as typeof callWakeHook;
    exposeWakeHook(globalThis, () => true);
    expect(rebuilt(WAKE_HOOK)).toBe(true);
  });
});
