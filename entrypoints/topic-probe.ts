// Stage 1 on every page, in the page's own world (declared in wxt.config.ts with world MAIN):
// src/annotator/topic-probe.ts says why. It uses no extension API, which that world does not have.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startTopicProbe } from '../src/annotator/topic-probe';

export default defineUnlistedScript(() => {
  startTopicProbe(window);
});
