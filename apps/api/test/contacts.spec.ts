import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { TimelinePage, ApiErrorBody, Startup, StartupContact } from '@kohorte/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, uniqueEmail, write } from './support/sign-in';
import { firstOf, itemAt } from '@kohorte/server/testing';

const STARTUPS = '/api/v1/startups';
const MISSING = '00000000-0000-4000-8000-000000000000';

function fieldsOf(body: ApiErrorBody): string[] {
  return (body.errors ?? []).map((error) => error.field).sort();
}

describe('startup contacts API', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let viewer: TestAgent;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    manager = await signedInAgent(app, 'manager');
    viewer = await signedInAgent(app, 'viewer');
  });
  afterAll(async () => {
    await app.close();
  });

  async function startup(name = 'Founded GmbH'): Promise<Startup> {
    const res = await write(manager.agent, manager.csrf).post(STARTUPS).send({ name });
    expect(res.status).toBe(201);
    return res.body as Startup;
  }

  const contactsOf = (id: string) => `${STARTUPS}/${id}/contacts`;

  async function add(startupId: string, body: Record<string, unknown>): Promise<StartupContact> {
    const res = await write(manager.agent, manager.csrf).post(contactsOf(startupId)).send(body);
    expect(res.status).toBe(201);
    return res.body as StartupContact;
  }

  async function timeline(startupId: string) {
    const res = await viewer.agent
      .get('/api/v1/timeline')
      .query({ subjectType: 'startup', subjectId: startupId });
    return (res.body as TimelinePage).items;
  }

  it('adds, lists (founders first), edits and removes contacts, each on the timeline', async () => {
    const s = await startup();
    const email = uniqueEmail('jana');
    const jana = await add(s.id, {
      fullName: '  Jana Schneider ',
      email,
      role: 'CEO',
      phone: '',
    });
    expect(jana).toEqual({
      id: expect.any(String),
      startupId: s.id,
      fullName: 'Jana Schneider',
      email,
      role: 'CEO',
      phone: null,
      isFounder: true,
      mentorId: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const adviser = await add(s.id, {
      fullName: 'Anton Adviser',
      email: uniqueEmail('anton'),
      isFounder: false,
    });
    const bert = await add(s.id, { fullName: 'Bert Becker', email: uniqueEmail('bert') });

    const listed = await viewer.agent.get(contactsOf(s.id)).expect(200);
    expect((listed.body as StartupContact[]).map((c) => c.fullName)).toEqual([
      'Bert Becker',
      'Jana Schneider',
      'Anton Adviser',
    ]);

    const edited = await write(manager.agent, manager.csrf)
      .patch(`${contactsOf(s.id)}/${jana.id}`)
      .send({ role: 'CEO & co-founder', phone: '+49 341 1' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ role: 'CEO & co-founder', phone: '+49 341 1', email });

    await write(manager.agent, manager.csrf)
      .delete(`${contactsOf(s.id)}/${adviser.id}`)
      .expect(204);
    const after = await viewer.agent.get(contactsOf(s.id)).expect(200);
    expect((after.body as StartupContact[]).map((c) => c.id)).toEqual([bert.id, jana.id]);

    const entries = (await timeline(s.id)).filter((entry) => entry.kind === 'contact');
    expect(entries.map((entry) => entry.data)).toEqual([
      { contactId: adviser.id, action: 'removed', fullName: 'Anton Adviser' },
      { contactId: jana.id, action: 'updated', fullName: 'Jana Schneider' },
      { contactId: bert.id, action: 'added', fullName: 'Bert Becker' },
      { contactId: adviser.id, action: 'added', fullName: 'Anton Adviser' },
      { contactId: jana.id, action: 'added', fullName: 'Jana Schneider' },
    ]);
    expect(itemAt(entries, 1).changes).toEqual([
      { field: 'role', before: 'CEO', after: 'CEO & co-founder' },
      { field: 'phone', before: null, after: '+49 341 1' },
    ]);
    expect(itemAt(entries, 1).actor?.id).toBe(manager.user.id);
  });

  it('answers 409 naming email when the startup already has the address, ignoring case', async () => {
    const s = await startup();
    const email = uniqueEmail('dup');
    const first = await add(s.id, { fullName: 'First', email });
    const second = await add(s.id, { fullName: 'Second', email: uniqueEmail('other') });

    const dup = await write(manager.agent, manager.csrf)
      .post(contactsOf(s.id))
      .send({ fullName: 'Copy', email: email.toUpperCase() });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect(fieldsOf(dup.body)).toEqual(['email']);

    const renamed = await write(manager.agent, manager.csrf)
      .patch(`${contactsOf(s.id)}/${second.id}`)
      .send({ email: ` ${email.toUpperCase()} ` });
    expect(renamed.status).toBe(409);
    expect(fieldsOf(renamed.body)).toEqual(['email']);

    // The same address on another startup is fine, and so is keeping one's own.
    await add((await startup('Other')).id, { fullName: 'First', email });
    await write(manager.agent, manager.csrf)
      .patch(`${contactsOf(s.id)}/${first.id}`)
      .send({ email: email.toUpperCase() })
      .expect(200);
  });

  it('answers 409 from the unique index when two adds race', async () => {
    const s = await startup();
    const email = uniqueEmail('race');
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        write(manager.agent, manager.csrf)
          .post(contactsOf(s.id))
          .send({ fullName: `Racer ${n}`, email }),
      ),
    );
    expect(results.map((res) => res.status).sort()).toEqual([201, 409, 409]);
  });

  it('links a contact to the mentor with the same email: one person, two roles', async () => {
    const s = await startup();
    const email = uniqueEmail('mentor');
    const mentor = firstOf(
      (await db.query(
        `INSERT INTO mentors (full_name, email) VALUES ('Mara Mentor', $1) RETURNING id`,
        [email.toUpperCase()],
      )) as { id: string }[],
    );
    const contact = await add(s.id, { fullName: 'Mara Mentor', email });
    expect(contact.mentorId).toBe(mentor.id);
    const other = await add(s.id, { fullName: 'No Mentor', email: uniqueEmail('none') });
    expect(other.mentorId).toBeNull();
  });

  it('validates each field', async () => {
    const s = await startup();
    const res = await write(manager.agent, manager.csrf)
      .post(contactsOf(s.id))
      .send({
        fullName: ' ',
        email: 'not-an-email',
        isFounder: 'yes',
        role: 'x'.repeat(121),
        age: 3,
      });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['age', 'email', 'fullName', 'isFounder', 'role']);

    const contact = await add(s.id, { fullName: 'Valid', email: uniqueEmail('valid') });
    const patch = await write(manager.agent, manager.csrf)
      .patch(`${contactsOf(s.id)}/${contact.id}`)
      .send({ fullName: null, email: null });
    expect(fieldsOf(patch.body)).toEqual(['email', 'fullName']);
  });

  it('answers 404 for an unknown startup or a contact of another startup', async () => {
    await viewer.agent.get(contactsOf(MISSING)).expect(404);
    await write(manager.agent, manager.csrf)
      .post(contactsOf(MISSING))
      .send({ fullName: 'Nobody', email: uniqueEmail('nobody') })
      .expect(404);
    const a = await startup('A');
    const b = await startup('B');
    const contact = await add(a.id, { fullName: 'Of A', email: uniqueEmail('a') });
    await write(manager.agent, manager.csrf)
      .patch(`${contactsOf(b.id)}/${contact.id}`)
      .send({ role: 'x' })
      .expect(404);
    await write(manager.agent, manager.csrf)
      .delete(`${contactsOf(b.id)}/${contact.id}`)
      .expect(404);
  });

  it('lets viewers read but not write, and anonymous callers nothing', async () => {
    const s = await startup();
    const contact = await add(s.id, { fullName: 'Read Only', email: uniqueEmail('ro') });
    await viewer.agent.get(contactsOf(s.id)).expect(200);
    await write(viewer.agent, viewer.csrf)
      .post(contactsOf(s.id))
      .send({ fullName: 'X', email: uniqueEmail('x') })
      .expect(403);
    await write(viewer.agent, viewer.csrf)
      .patch(`${contactsOf(s.id)}/${contact.id}`)
      .send({ role: 'x' })
      .expect(403);
    await write(viewer.agent, viewer.csrf)
      .delete(`${contactsOf(s.id)}/${contact.id}`)
      .expect(403);
    await request(app.getHttpServer()).get(contactsOf(s.id)).expect(401);
  });
});
