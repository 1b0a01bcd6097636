import { DEMO_USERS } from '../demo/demo-users';

export interface BannerFacts {
  /** The URL of the address the server listens on (Nest's `app.getUrl()` after listen). */
  url: string;
  /** HOST: the address it was asked to listen on; 0.0.0.0 or :: open it to the network. */
  host: string;
  /** Whether the demo accounts exist in this database. */
  demoAccounts: boolean;
  /** Folder of the embedded database, relative to the repository; null with DATABASE_URL. */
  dataFolder: string | null;
  /** Whether email goes out over SMTP_URL; otherwise it lands in the development mailbox. */
  smtp: boolean;
}

const EVERY_INTERFACE = new Set(['0.0.0.0', '::']);

/** The last thing `npm start` prints: where Kohorte runs and how to sign in. */
export function printBanner({ url, host, demoAccounts, dataFolder, smtp }: BannerFacts): void {
  // The URL printed is the one bound, and the line below says who can reach it: the demo
  // passwords above must never be announced as local while the port is open to the network.
  const lines = [
    '',
    `  Kohorte is running at ${url}`,
    EVERY_INTERFACE.has(host)
      ? `  HOST=${host}: listening on every network interface, so other machines can reach it.`
      : `  Listening on ${host} only (set HOST=0.0.0.0 to open it to the network).`,
    '',
  ];
  if (demoAccounts) {
    lines.push('  Demo sign-ins (local demo only):');
    for (const [role, user] of Object.entries(DEMO_USERS)) {
      lines.push(`    ${role.padEnd(8)} ${user.email.padEnd(24)} ${user.password}`);
    }
    lines.push('');
  }
  lines.push(`  API documentation: ${url}/api/docs`);
  lines.push(
    smtp
      ? '  Email: sent through SMTP_URL'
      : `  Email: not sent; admins read it in the development mailbox at ${url}/mailbox`,
  );
  if (dataFolder)
    lines.push(`  Data: ${dataFolder} (delete the folder to start over with fresh demo data)`);
  lines.push('  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}
