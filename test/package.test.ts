/**
 * The package as it would be published: `npm pack`, then `npm install -g` of the tarball into a
 * temporary prefix, offline and with an empty npm cache (the package has no dependencies, so no
 * registry is needed), and the installed binary runs with nothing but Node on the PATH.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cli, tempFolder } from './run';

const ROOT = join(__dirname, '..');
const tmp = tempFolder('package');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

describe('the published package', () => {
  it('has no runtime dependencies: the libraries are bundled', () => {
    expect(pkg.dependencies).toBeUndefined();
    for (const lib of ['commander', 'chalk', 'cli-table3', 'date-fns', '@date-fns/tz', 'wrap-ansi']) expect(pkg.devDependencies[lib]).toBeDefined();
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} The xensummit project\n/);
  });

  it('packs, installs from the tarball offline into a prefix, and runs there', () => {
    // --ignore-scripts: pack what `npm test` built, without rebuilding dist/ under the other tests.
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT);
    expect(pack.status).toBe(0);
    const [info] = JSON.parse(pack.stdout);
    const files: string[] = info.files.map((f: { path: string }) => f.path).sort();
    expect(files).toEqual(['LICENSE', 'README.md', 'bin/xensummit', 'data/summit.json', 'dist/fast.js', 'dist/help.json', 'dist/start.js', 'dist/vendor-cli-table3.js', 'dist/vendor-entities.js', 'dist/vendor-fast-xml-parser.js', 'dist/vendor-string-width.js', 'dist/vendor-undici.js', 'dist/vendor-wrap-ansi.js', 'dist/xensummit.1', 'dist/xensummit.js', 'package.json']);

    const prefix = join(tmp, 'prefix');
    const install = npm(['install', '-g', join(tmp, info.filename), '--prefix', prefix, '--offline', '--cache', join(tmp, 'npm-cache'), '--no-audit', '--no-fund'], tmp);
    expect(install.stderr).not.toMatch(/ERR/);
    expect(install.status).toBe(0);
    const installed = join(prefix, 'lib', 'node_modules', 'xensummit');
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(existsSync(join(prefix, 'share', 'man', 'man1', 'xensummit.1'))).toBe(true);

    // Nothing but Node on the PATH: no npm, no TypeScript, no esbuild.
    const run = (args: string[]) => spawnSync(join(prefix, 'bin', 'xensummit'), args, { cwd: tmp, encoding: 'utf8', env: { PATH: dirname(process.execPath), HOME: tmp } });
    expect(run(['--version'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    return (async () => {
      // A schedule.xml too: the XML parser is a bundle of its own (dist/vendor-*.js), and must be in the package.
      const xml = join(__dirname, 'fixtures', 'schedules', 'tinycon.schedule.xml');
      for (const args of [['now', '--at', 'tues 10:45'], ['schedule', '--day', 'weds'], ['stats', '--chart'], ['schedule', '--data', xml]]) {
        const r = run(args);
        expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(await cli(args));
      }
      if (process.getuid?.() === 0) {
        console.log('skipped the read-only run: root may write a read-only folder');
        return;
      }
      // A read-only install runs, and does not leave a code cache (nor try to write one).
      const dist = join(installed, 'dist');
      for (const f of readdirSync(dist).filter((f) => f.includes('.cache'))) rmSync(join(dist, f));
      chmodSync(dist, 0o555);
      expect(run(['now', '--at', 'tues 10:45']).status).toBe(0);
      expect(readdirSync(dist).filter((f) => f.includes('.cache'))).toEqual([]);
      chmodSync(dist, 0o755);
    })();
  }, 180_000);
});
