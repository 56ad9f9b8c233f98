// @runs: node-script
// `npm start`: build, then launch Electron if its binary is installed; if not,
// say so plainly and point to the browser shell.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary';

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinary();
if (!binary) {
  console.error(
    [
      '',
      'Không tìm thấy chương trình Electron trên máy này (cài với ELECTRON_SKIP_BINARY_DOWNLOAD=1).',
      'Electron binary is not installed here, so the desktop window cannot open.',
      'Chạy bản trình duyệt: npm run start:browser  (mở http://127.0.0.1:5780/)',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
