import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest is the extension's promise to the user: read the page they point at, nothing else.
export default defineConfig({
  // Manifest V3 in every browser: Firefox supports it since 109, and one manifest shape is one set of tests.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // Okur's interface follows the browser's language (public/_locales: en, fr, tr); the name is
    // the same in every language.
    name: 'Okur',
    default_locale: 'en',
    description: '__MSG_extDescription__',
    // activeTab + scripting: the page is read only after the user clicks Okur on it (toolbar,
    // context menu or shortcut). contextMenus: "Save page to Okur". unlimitedStorage: a reading
    // list with years of articles must not hit the default quota and lose a save.
    // offscreen (Chrome): the extractor document that keeps the extraction core loaded between
    // clicks; Firefox has no such document and reads the page in place.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Asked for one site at a time, only when the reader downloads an article saved without its
    // text (imports, other devices); never at install.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Okur's pages render HTML from web pages with the extension's privileges: only Okur's own
    // scripts may run there, nothing may be framed, submitted or based elsewhere. Pictures and
    // video of articles load from the web; fetches go to the sites of articles being downloaded.
    content_security_policy: {
      extension_pages: [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
        "frame-src 'none'",
        "style-src 'self'",
        "img-src 'self' https: http: data: blob:",
        "media-src 'self' https: http:",
        "connect-src 'self' https: http:",
      ].join('; '),
    },
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpen__',
      },
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'okur@okur.app',
              // 142: the first Firefox (desktop and Android) that reads data_collection_permissions.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
