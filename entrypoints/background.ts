// Background service worker: wires the message protocol, badge and context menus (see src/background/).
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/background/start-background';

export default defineBackground(() => {
  // The worker lives as long as the browser keeps it; nothing outlives it, so the signal never aborts.
  startBackground(new AbortController().signal);
});
