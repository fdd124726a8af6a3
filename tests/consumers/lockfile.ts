/**
 * A pnpm lockfile for a consumer project outside the workspace, made from the workspace's own
 * lockfile, so that `pnpm install --frozen-lockfile --offline` installs it from the store the
 * workspace install filled, with no network.
 *
 * Why: without a lockfile pnpm resolves every range against registry metadata, which a
 * frozen-lockfile install of the workspace never downloads (a fresh CI machine has none), so
 * `--offline` alone fails there. With one, pnpm only links what it names.
 *
 * Third-party dependencies take the version (and peer resolution) the workspace locked for the
 * same specifier, with everything they pull in copied over; our packages are the tarballs just
 * packed, their integrity computed from the files, their own dependencies resolved as the
 * workspace resolved them for the package they were packed from.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface ImporterDep {
  specifier: string;
  version: string;
}

type DepMap = Record<string, string>;

interface Snapshot {
  dependencies?: DepMap;
  optionalDependencies?: DepMap;
  [field: string]: unknown;
}

export interface Lockfile {
  lockfileVersion: string;
  settings?: Record<string, unknown>;
  importers: Record<
    string,
    { dependencies?: Record<string, ImporterDep>; devDependencies?: Record<string, ImporterDep>; optionalDependencies?: Record<string, ImporterDep> }
  >;
  packages: Record<string, Record<string, unknown>>;
  snapshots: Record<string, Snapshot>;
}

/** A packed package: the file's path as the consumer's package.json names it, and its manifest. */
export interface Tarball {
  /** `file:../tarballs/mubiao-core-0.1.0.tgz`, relative to the consumer project. */
  spec: string;
  path: string;
  /** The package.json inside the tarball (workspace: versions already replaced). */
  manifest: {
    name: string;
    version: string;
    bin?: unknown;
    engines?: Record<string, string>;
    dependencies?: DepMap;
    peerDependencies?: DepMap;
  };
  /** The workspace importer it was packed from, e.g. `packages/elements`. */
  importer: string;
}

export function readWorkspaceLockfile(path: string): Lockfile {
  return parse(readFileSync(path, 'utf8')) as Lockfile;
}

const importerDeps = (lock: Lockfile, id: string): Record<string, ImporterDep> => {
  const importer = lock.importers[id];
  if (!importer) return {};
  return { ...importer.optionalDependencies, ...importer.devDependencies, ...importer.dependencies };
};

/** Where the workspace locked `name` for `specifier`: the given importer first, then any other. */
export function lockedDependency(lock: Lockfile, name: string, specifier: string | undefined, prefer: string[] = []): ImporterDep {
  const ids = [...prefer, ...Object.keys(lock.importers).filter((id) => !prefer.includes(id))];
  for (const id of ids) {
    const dep = importerDeps(lock, id)[name];
    if (dep && !dep.version.startsWith('link:') && (specifier === undefined || dep.specifier === specifier)) return dep;
  }
  throw new Error(`the workspace lockfile has no ${name}${specifier ? `@${specifier}` : ''}: add it to tests/package.json and run pnpm install`);
}

/** The snapshot key a dependency's locked version refers to (`lit@3.3.3`, an alias as it is). */
function snapshotKey(name: string, version: string): string {
  return /^\d/.test(version) || version.startsWith('file:') ? `${name}@${version}` : version;
}

/** The packages key of a snapshot: the same without its peer suffix `(react@19.3.1)…`. */
const packageKey = (key: string) => {
  const paren = key.indexOf('(');
  return paren < 0 ? key : key.slice(0, paren);
};

function integrityOf(path: string): string {
  return `sha512-${createHash('sha512').update(readFileSync(path)).digest('base64')}`;
}

/**
 * The lockfile for a project whose package.json has `dependencies` (tarball names, or
 * third-party names with the specifier the workspace uses) and `devDependencies`.
 */
export function consumerLockfile(
  workspace: Lockfile,
  manifest: { dependencies?: DepMap; devDependencies?: DepMap },
  tarballs: ReadonlyMap<string, Tarball>,
): Lockfile {
  const lock: Lockfile = {
    lockfileVersion: workspace.lockfileVersion,
    ...(workspace.settings ? { settings: workspace.settings } : {}),
    importers: { '.': {} },
    packages: {},
    snapshots: {},
  };
  const resolved = new Map<string, string>(); // direct dependency → locked version, for peers
  const queue: [string, string][] = [];
  for (const field of ['dependencies', 'devDependencies'] as const) {
    const deps = manifest[field];
    if (!deps) continue;
    const out: Record<string, ImporterDep> = {};
    for (const [name, specifier] of Object.entries(deps)) {
      const tarball = tarballs.get(name);
      const version = tarball ? tarball.spec : lockedDependency(workspace, name, specifier, ['tests']).version;
      out[name] = { specifier, version };
      resolved.set(name, version);
      queue.push([name, version]);
    }
    lock.importers['.']![field] = out;
  }

  const seen = new Set<string>();
  while (queue.length > 0) {
    const [name, version] = queue.shift()!;
    const key = snapshotKey(name, version);
    if (seen.has(key)) continue;
    seen.add(key);
    const tarball = tarballs.get(name);
    if (tarball) {
      const { snapshot, entry } = tarballEntry(workspace, tarball, tarballs, resolved);
      lock.packages[key] = entry;
      lock.snapshots[key] = snapshot;
      for (const [dep, v] of Object.entries(snapshot.dependencies ?? {})) queue.push([dep, v]);
      continue;
    }
    const snapshot = workspace.snapshots[key];
    const entry = workspace.packages[packageKey(key)];
    if (!snapshot || !entry) throw new Error(`the workspace lockfile has no snapshot ${key}`);
    lock.snapshots[key] = snapshot;
    lock.packages[packageKey(key)] = entry;
    for (const deps of [snapshot.dependencies, snapshot.optionalDependencies]) {
      for (const [dep, v] of Object.entries(deps ?? {})) queue.push([dep, v]);
    }
  }
  return lock;
}

function tarballEntry(
  workspace: Lockfile,
  tarball: Tarball,
  tarballs: ReadonlyMap<string, Tarball>,
  resolved: ReadonlyMap<string, string>,
): { entry: Record<string, unknown>; snapshot: Snapshot } {
  const { manifest } = tarball;
  const dependencies: DepMap = {};
  for (const dep of Object.keys(manifest.dependencies ?? {})) {
    dependencies[dep] = tarballs.get(dep)?.spec ?? lockedDependency(workspace, dep, undefined, [tarball.importer]).version;
  }
  // Peers are the consumer's own (react for @mubiao/react).
  for (const peer of Object.keys(manifest.peerDependencies ?? {})) {
    const version = resolved.get(peer);
    if (!version) throw new Error(`${manifest.name} needs its peer ${peer} as a dependency of the consumer`);
    dependencies[peer] = version;
  }
  const entry: Record<string, unknown> = {
    resolution: { integrity: integrityOf(tarball.path), tarball: tarball.spec },
    version: manifest.version,
    ...(manifest.engines ? { engines: manifest.engines } : {}),
    ...(manifest.bin ? { hasBin: true } : {}),
    ...(manifest.peerDependencies ? { peerDependencies: manifest.peerDependencies } : {}),
  };
  return { entry, snapshot: Object.keys(dependencies).length ? { dependencies } : {} };
}
