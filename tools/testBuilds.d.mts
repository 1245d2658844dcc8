/** What each test build holds and where it goes, relative to the project. */
export const TEST_BUILDS: {
  readonly report: { readonly explainer: undefined; readonly outDir: string };
  readonly fixture: { readonly explainer: string; readonly outDir: string };
};

/** The absolute path of the build, made afresh when missing or stale. */
export function ensureBuilt(name: keyof typeof TEST_BUILDS): Promise<string>;
