import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { CSRF_COOKIE, CSRF_HEADER, MAX_PAGE_SIZE, type User } from '@kohorte/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import {
  setCookieValue,
  signedInAgent,
  type TestAgent,
  TEST_PASSWORD,
  uniqueEmail,
  write,
} from './support/sign-in';
import { firstOf } from '@kohorte/server/testing';

describe('/api/v1/users', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: TestAgent;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    admin = await signedInAgent(app, 'admin');
  });
  afterAll(async () => {
    await app.close();
  });

  async function userCount(): Promise<number> {
    const { count } = firstOf(await db.query<{ count: string }[]>('SELECT count(*) FROM users'));
    return Number(count);
  }

  const create = (body: object) => write(admin.agent, admin.csrf).post('/api/v1/users').send(body);

  describe('POST', () => {
    it('creates a user (email trimmed and lower-cased) who can then sign in', async () => {
      const email = uniqueEmail('Created');
      const res = await create({
        email: `  ${email.toUpperCase()}  `,
        name: '  Ada Lovelace ',
        password: TEST_PASSWORD,
        role: 'manager',
        locale: 'en',
      }).expect(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        email: email.toLowerCase(),
        name: 'Ada Lovelace',
        role: 'manager',
        locale: 'en',
        createdAt: expect.any(String),
      });
      const row = firstOf(
        await db.query<{ password_hash: string }[]>(
          'SELECT password_hash FROM users WHERE id = $1',
          [res.body.id],
        ),
      );
      expect(row.password_hash).toMatch(/^\$argon2id\$/);

      const browser = request.agent(app.getHttpServer());
      const anonymous = await browser.get('/api/v1/auth/session').expect(401);
      await browser
        .post('/api/v1/auth/sign-in')
        .set(CSRF_HEADER, setCookieValue(anonymous, CSRF_COOKIE)!)
        .send({ email, password: TEST_PASSWORD })
        .expect(200);
    });

    it('defaults the locale to de', async () => {
      const res = await create({
        email: uniqueEmail(),
        name: 'Default',
        password: TEST_PASSWORD,
        role: 'viewer',
      }).expect(201);
      expect(res.body.locale).toBe('de');
    });

    it('answers 400 naming every bad field, and writes nothing', async () => {
      const before = await userCount();
      const res = await create({
        email: 'not-an-email',
        name: '',
        password: 'short',
        role: 'owner',
        locale: 'fr',
        isSuperuser: true,
      }).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      const fields = (res.body.errors as { field: string; messages: string[] }[]).map(
        (e) => e.field,
      );
      expect(fields.sort()).toEqual(['email', 'isSuperuser', 'locale', 'name', 'password', 'role']);
      const password = res.body.errors.find((e: { field: string }) => e.field === 'password');
      expect(password.messages.join(' ')).toContain('12');
      expect(await userCount()).toBe(before);
    });

    it('answers 409 naming email for a taken email in any case, and writes nothing', async () => {
      const email = uniqueEmail('taken');
      await create({ email, name: 'First', password: TEST_PASSWORD, role: 'viewer' }).expect(201);
      const before = await userCount();
      const res = await create({
        email: email.toUpperCase(),
        name: 'Second',
        password: TEST_PASSWORD,
        role: 'viewer',
      }).expect(409);
      expect(res.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: 'A user with this email already exists',
        errors: [{ field: 'email', messages: ['A user with this email already exists'] }],
      });
      expect(await userCount()).toBe(before);
    });

    it('gives one 201 and one 409 when two creates of the same email race', async () => {
      const email = uniqueEmail('race');
      const body = { email, name: 'Racer', password: TEST_PASSWORD, role: 'viewer' };
      const results = await Promise.all([create(body), create(body)]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const rows = await db.query<unknown[]>('SELECT 1 FROM users WHERE lower(email) = $1', [
        email,
      ]);
      expect(rows).toHaveLength(1);
    });
  });

  describe('GET', () => {
    it('pages through the users, never showing a password hash', async () => {
      for (let i = 0; i < 3; i++) {
        await create({
          email: uniqueEmail('page'),
          name: `Page ${i}`,
          password: TEST_PASSWORD,
          role: 'viewer',
        }).expect(201);
      }
      const total = await userCount();
      const first = await admin.agent
        .get('/api/v1/users')
        .query({ page: 1, pageSize: 2 })
        .expect(200);
      expect(first.body).toMatchObject({ total, page: 1, pageSize: 2 });
      expect(first.body.items).toHaveLength(2);
      const second = await admin.agent
        .get('/api/v1/users')
        .query({ page: 2, pageSize: 2 })
        .expect(200);
      const ids = [...first.body.items, ...second.body.items].map((u: User) => u.id);
      expect(new Set(ids).size).toBe(4);
      expect(JSON.stringify([first.body, second.body])).not.toMatch(/password|argon2/i);
    });

    it('defaults to page 1 of 25', async () => {
      const res = await admin.agent.get('/api/v1/users').expect(200);
      expect(res.body).toMatchObject({ page: 1, pageSize: 25 });
    });

    it('answers 400 for a page size above the maximum or a bad page', async () => {
      const res = await admin.agent
        .get('/api/v1/users')
        .query({ page: 0, pageSize: MAX_PAGE_SIZE + 1 })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'page',
        'pageSize',
      ]);
      await admin.agent.get('/api/v1/users').query({ pageSize: 'ten' }).expect(400);
      await admin.agent.get('/api/v1/users').query({ sort: 'email' }).expect(400);
    });
  });
});
