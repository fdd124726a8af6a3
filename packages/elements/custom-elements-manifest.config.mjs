/**
 * custom-elements.json for Storybook docs and editors: `pnpm --filter @mubiao/elements manifest`
 * (tests/manifest.test.ts fails while the committed file is stale).
 * The element classes carry JSDoc (@summary @tag @attr @prop @event @csspart @cssproperty);
 * `litelement: true` turns on the analyzer's Lit plugin (decorated properties, static styles).
 */

/** Private members are implementation detail: keep them out of docs and Storybook controls. */
function dropPrivateMembers() {
  return {
    name: 'mubiao-drop-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

/**
 * Modules in path order: the analyzer lists them in the order its file reads finish, which varies
 * from run to run (and made the committed file look stale to tests/manifest.test.ts).
 */
function sortModules() {
  return {
    name: 'mubiao-sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.strings.ts'],
  // tests/manifest.test.ts regenerates into a scratch directory through CEM_OUTDIR.
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dev: false,
  packagejson: false,
  plugins: [dropPrivateMembers(), sortModules()],
};
