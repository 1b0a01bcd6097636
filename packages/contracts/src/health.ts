export type DependencyState = 'up' | 'down';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: DependencyState;
  redis: DependencyState;
}
