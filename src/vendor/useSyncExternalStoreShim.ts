/**
 * react-i18next imports `use-sync-external-store/shim`, a fallback for React before
 * 18 that is bundled whole even though React 19 has the hook built in. The build
 * points that import here instead (see `resolve.alias` in vite.config.ts).
 */
export { useSyncExternalStore } from "react";
