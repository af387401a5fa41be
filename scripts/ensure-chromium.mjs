// Makes sure a Chromium for the browser tests exists: CHROME_PATH, or Debian's /usr/bin/chromium.
// Installs the Debian package when it can (root with apt-get); otherwise stops with how to fix it.
// It never lets the browser tests skip silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const canApt =
  process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROME_PATH;
if (!canApt) {
  console.error(
    `Chromium not found at ${wanted}.\n` +
      'Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium/Chrome binary,\n' +
      'then run the tests again. The browser tests are part of `npm test` and are never skipped.',
  );
  process.exit(1);
}
console.log('Chromium not found: installing the Debian package (apt-get install chromium)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], {
  stdio: 'inherit',
  env,
});
if (!existsSync(wanted)) {
  console.error(`apt-get finished but ${wanted} is still missing.`);
  process.exit(1);
}
