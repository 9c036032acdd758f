// `npm start`: build, then open the desk in Electron. Electron 45 has no
// install script: its binary is fetched on first use. We fetch it here once
// (on a machine with internet that takes a minute) and, where that fails, say
// so in one sentence instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where node_modules/electron would launch from, or null when the binary is missing. */
function electronBinary() {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const binary = join(dist, relative);
  return relative && existsSync(binary) ? binary : null;
}

let binary = electronBinary();
if (!binary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (existsSync(installer)) {
    spawnSync(process.execPath, [installer], { cwd: root, stdio: ['ignore', 'ignore', 'ignore'], timeout: 10 * 60 * 1000 });
    binary = electronBinary();
  }
}
if (!binary) {
  console.error(
    "Electron's binary is not installed and could not be downloaded on this machine (it needs internet access once); " +
      'run `npm run serve` to use the desk in your browser instead.',
  );
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], {
  cwd: root,
  stdio: 'inherit',
  // npm.cmd is a batch file, which Node only spawns through a shell.
  shell: process.platform === 'win32',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// Electron reads package.json's "main" (dist/electron/main.mjs) from the app folder.
const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
