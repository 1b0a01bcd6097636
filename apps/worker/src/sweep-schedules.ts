import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ApplicationRetentionSweeper } from '@kohorte/server/applications';
import { MailSweeper } from '@kohorte/server/mail';
import { OfferFollowUpSweeper } from '@kohorte/server/offers';
import { PrivacyRetention } from '@kohorte/server/privacy';
import { ReviewReminderSweeper } from '@kohorte/server/reviews';
import { StartupScoreSweeper } from '@kohorte/server/startups';

/** How often the repeating sweeps are registered again; also the longest they can be missing. */
export const SWEEP_SCHEDULES_REFRESH_MS = 15_000;

/**
 * Keeps the repeating sweeps (mail left pending, offer follow-ups due, stale profile scores,
 * applications past their retention, the daily privacy retention run, review reminders)
 * registered in Redis. Registering once at start is not enough: a Redis that restarts empty (no
 * persistence, as many hosted caches run) loses them, and with them everything they make up for.
 * Registration is idempotent, so every worker does it, at start and then every 15 s.
 */
@Injectable()
export class SweepSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SweepSchedules.name);
  private timer: NodeJS.Timeout | null = null;
  private registering: Promise<void> | null = null;

  constructor(
    private readonly mail: MailSweeper,
    private readonly offers: OfferFollowUpSweeper,
    private readonly scores: StartupScoreSweeper,
    private readonly applications: ApplicationRetentionSweeper,
    private readonly privacy: PrivacyRetention,
    private readonly reviewReminders: ReviewReminderSweeper,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Each sweep also runs once right away: what fell due while no worker ran happens now.
    await this.register();
    this.timer = setInterval(() => {
      this.register().catch((error: unknown) =>
        this.logger.warn(`Sweeps not registered (Redis down?): ${String(error)}`),
      );
    }, SWEEP_SCHEDULES_REFRESH_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Registers every sweep; a registration still waiting for Redis is not started twice. */
  register(): Promise<void> {
    this.registering ??= Promise.all([
      this.mail.schedule(),
      this.offers.schedule(),
      this.scores.schedule(),
      this.applications.schedule(),
      this.privacy.schedule(),
      this.reviewReminders.schedule(),
    ])
      .then(() => undefined)
      .finally(() => (this.registering = null));
    return this.registering;
  }
}
