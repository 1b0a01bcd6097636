import { spawn } from 'node:child_process';
import type { ServerAccount } from './server-account';

/** Runs a PostgreSQL program to its end as `account`; rejects with its output when it fails. */
export function runProgram(path: string, args: string[], account: ServerAccount): Promise<void> {
  return new Promise((resolve, reject) => {
    // English messages whatever the machine's language, so that errors read the same everywhere.
    const child = spawn(path, args, { ...account, env: { ...process.env, LC_MESSAGES: 'C' } });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else {
        const name = path.split(/[\\/]/).pop();
        const text = Buffer.concat(output).toString().trim();
        reject(new Error(`${name} failed (${code ?? signal}): ${text}`));
      }
    });
  });
}
