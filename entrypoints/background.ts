import { defineBackground } from 'wxt/utils/define-background';

/**
 * The popup does the reading itself; the background has nothing to do yet, and MV3 ends it when
 * idle. It exists so the extension has one long-lived home for features such as the context menu.
 */
export default defineBackground(() => {});
