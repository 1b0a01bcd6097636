import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { SessionInfo } from '@kohorte/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, write } from './support/sign-in';
import { firstOf } from '@kohorte/server/testing';

describe('PUT /api/v1/auth/language', () => {
  let app: INestApplication;
  let db: DataSource;
  let viewer: TestAgent;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    viewer = await signedInAgent(app, 'viewer');
  });
  afterAll(async () => {
    await app.close();
  });

  const choose = (language: unknown) =>
    write(viewer.agent, viewer.csrf).put('/api/v1/auth/language').send({ language });

  async function stored(): Promise<{ locale: string; format_locale: string | null }> {
    return firstOf(
      await db.query<{ locale: string; format_locale: string | null }[]>(
        'SELECT locale, format_locale FROM users WHERE id = $1',
        [viewer.user.id],
      ),
    );
  }

  it('keeps the format for the web app and its language for the emails, for every role', async () => {
    const res = await choose('en-US').expect(200);
    expect((res.body as SessionInfo).user).toMatchObject({ formatLocale: 'en-US', locale: 'en' });
    await expect(stored()).resolves.toEqual({ locale: 'en', format_locale: 'en-US' });

    // Another browser signed in as the same person learns the choice from the session.
    const session = await viewer.agent.get('/api/v1/auth/session').expect(200);
    expect((session.body as SessionInfo).user.formatLocale).toBe('en-US');

    await choose('de').expect(200);
    await expect(stored()).resolves.toEqual({ locale: 'de', format_locale: 'de' });
    await choose('en-GB').expect(200);
    await expect(stored()).resolves.toEqual({ locale: 'en', format_locale: 'en-GB' });
  });

  it('refuses a language the menu does not offer and changes nothing', async () => {
    await choose('en-GB').expect(200);
    const res = await choose('fr').expect(400);
    expect(JSON.stringify(res.body)).toContain('language');
    await choose('en').expect(400);
    await expect(stored()).resolves.toEqual({ locale: 'en', format_locale: 'en-GB' });
  });

  it('needs a session', async () => {
    const res = await request(app.getHttpServer())
      .put('/api/v1/auth/language')
      .send({ language: 'de' });
    expect([401, 403]).toContain(res.status);
  });
});
