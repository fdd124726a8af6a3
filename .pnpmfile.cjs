// What `pnpm pack` writes into a tarball's package.json, beyond pnpm's own rewriting (workspace:
// versions, the publishConfig fields it knows: exports, bin, types, …):
// - `sideEffects` names files, which differ between the workspace (src/*.ts) and the tarball
//   (dist/*.js), so a package gives the packed value as publishConfig.sideEffects;
// - the scripts and devDependencies of the workspace mean nothing to someone who installs it.
module.exports = {
  hooks: {
    beforePacking(manifest) {
      const { publishConfig } = manifest;
      if (publishConfig && 'sideEffects' in publishConfig) {
        manifest.sideEffects = publishConfig.sideEffects;
        delete publishConfig.sideEffects;
        if (Object.keys(publishConfig).length === 0) delete manifest.publishConfig;
      }
      delete manifest.scripts;
      delete manifest.devDependencies;
      return manifest;
    },
  },
};
