// The content script's message side (src/content/collection-bridge.ts), loaded on demand: once the
// page has notes, or when the popup or the background wakes a page without them
// (src/content/wake-hook.ts). On every other page it is never loaded. Built as an ES module.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerMessages } from '../src/content/collection-bridge';

export interface ContentBridgeModule {
  answerMessages: typeof answerMessages;
}

export default defineUnlistedScript((): ContentBridgeModule => ({ answerMessages }));
