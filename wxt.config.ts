import { defineConfig } from 'wxt';


export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Scrutineer',
    description:
      'Reads UK council committee papers on ModernGov sites: what was decided, who promised what by when, and what happened last time.',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    optional_permissions: ['notifications'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'scrutineer@scrutineer.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
