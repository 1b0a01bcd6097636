import { DEMO_USERS } from '../demo/demo-users';

export interface BannerFacts {
  publicUrl: string;
  /** Whether the demo accounts exist in this database. */
  demoAccounts: boolean;
  /** Folder of the embedded database, relative to the repository; null with DATABASE_URL. */
  dataFolder: string | null;
  /** Whether email goes out over SMTP_URL; otherwise it lands in the development mailbox. */
  smtp: boolean;
}

/** The last thing `npm start` prints: where Kohorte runs and how to sign in. */
export function printBanner({ publicUrl, demoAccounts, dataFolder, smtp }: BannerFacts): void {
  const lines = ['', `  Kohorte is running at ${publicUrl}`, ''];
  if (demoAccounts) {
    lines.push('  Demo sign-ins (local demo only):');
    for (const [role, user] of Object.entries(DEMO_USERS)) {
      lines.push(`    ${role.padEnd(8)} ${user.email.padEnd(24)} ${user.password}`);
    }
    lines.push('');
  }
  lines.push(`  API documentation: ${publicUrl}/api/docs`);
  lines.push(
    smtp
      ? '  Email: sent through SMTP_URL'
      : `  Email: not sent; admins read it in the development mailbox at ${publicUrl}/mailbox`,
  );
  if (dataFolder)
    lines.push(`  Data: ${dataFolder} (delete the folder to start over with fresh demo data)`);
  lines.push('  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}
