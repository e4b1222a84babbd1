// react-i18next imports useSyncExternalStore from the `use-sync-external-store/shim` package, a
// polyfill for React 17 and older. React 19 has the hook itself; vite.config.ts points the import
// here, so every first load is spared the polyfill and its CommonJS wrapper.
export { useSyncExternalStore } from 'react';
