import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { TimelineEntry, TimelinePage, ApiErrorBody, Startup } from '@kohorte/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, write } from './support/sign-in';
import { firstOf } from '@kohorte/server/testing';

const NOTES = '/api/v1/notes';
const MISSING = '00000000-0000-4000-8000-000000000000';

function fieldsOf(body: ApiErrorBody): string[] {
  return (body.errors ?? []).map((error) => error.field).sort();
}

describe('notes API', () => {
  let app: INestApplication;
  let db: DataSource;
  let author: TestAgent;
  let otherManager: TestAgent;
  let admin: TestAgent;
  let viewer: TestAgent;
  let startup: Startup;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    author = await signedInAgent(app, 'manager');
    otherManager = await signedInAgent(app, 'manager');
    admin = await signedInAgent(app, 'admin');
    viewer = await signedInAgent(app, 'viewer');
    const res = await write(author.agent, author.csrf)
      .post('/api/v1/startups')
      .send({ name: 'Noted GmbH' });
    startup = res.body as Startup;
  });
  afterAll(async () => {
    await app.close();
  });

  async function note(by: TestAgent, body: string): Promise<TimelineEntry> {
    const res = await write(by.agent, by.csrf)
      .post(NOTES)
      .send({ subjectType: 'startup', subjectId: startup.id, body });
    expect(res.status).toBe(201);
    return res.body as TimelineEntry;
  }

  async function timeline(): Promise<TimelineEntry[]> {
    const res = await viewer.agent
      .get('/api/v1/timeline')
      .query({ subjectType: 'startup', subjectId: startup.id, pageSize: 100 });
    expect(res.status).toBe(200);
    return (res.body as TimelinePage).items;
  }

  it('writes a note with its author, trimmed, and shows it first on the timeline', async () => {
    const created = await note(author, '  Met the founders.\nStrong team.  ');
    expect(created).toEqual({
      id: expect.any(String),
      subjectType: 'startup',
      subjectId: startup.id,
      kind: 'note',
      actor: { id: author.user.id, name: author.user.name },
      actorLabel: null,
      body: 'Met the founders.\nStrong team.',
      changes: null,
      data: null,
      createdAt: expect.any(String),
      editedAt: null,
      deletedAt: null,
      deletedBy: null,
    });
    expect((await timeline())[0]).toEqual(created);
  });

  it('lets the author edit, keeping the earlier text on the entry', async () => {
    const created = await note(author, 'First thought');
    const edited = await write(author.agent, author.csrf)
      .patch(`${NOTES}/${created.id}`)
      .send({ body: 'Second thought' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      id: created.id,
      body: 'Second thought',
      changes: [{ field: 'body', before: 'First thought', after: 'Second thought' }],
      editedAt: expect.any(String),
      createdAt: created.createdAt,
    });

    const again = await write(author.agent, author.csrf)
      .patch(`${NOTES}/${created.id}`)
      .send({ body: 'Third thought' })
      .expect(200);
    expect((again.body as TimelineEntry).changes).toEqual([
      { field: 'body', before: 'First thought', after: 'Second thought' },
      { field: 'body', before: 'Second thought', after: 'Third thought' },
    ]);
    expect((await timeline()).find((entry) => entry.id === created.id)?.body).toBe('Third thought');

    // The same text again is no edit.
    const same = await write(author.agent, author.csrf)
      .patch(`${NOTES}/${created.id}`)
      .send({ body: ' Third thought ' })
      .expect(200);
    expect((same.body as TimelineEntry).changes).toHaveLength(2);
  });

  it('forbids another manager to edit or delete, and lets an admin', async () => {
    const created = await note(author, 'Only mine');
    const edit = await write(otherManager.agent, otherManager.csrf)
      .patch(`${NOTES}/${created.id}`)
      .send({ body: 'Not yours' });
    expect(edit.status).toBe(403);
    await write(otherManager.agent, otherManager.csrf).delete(`${NOTES}/${created.id}`).expect(403);

    const byAdmin = await write(admin.agent, admin.csrf)
      .patch(`${NOTES}/${created.id}`)
      .send({ body: 'Corrected by the admin' })
      .expect(200);
    expect(byAdmin.body).toMatchObject({
      body: 'Corrected by the admin',
      actor: { id: author.user.id },
    });
    await write(admin.agent, admin.csrf).delete(`${NOTES}/${created.id}`).expect(200);
  });

  it('leaves a tombstone on delete: who deleted it and when, without the text', async () => {
    const created = await note(author, 'Secret plan');
    await write(author.agent, author.csrf)
      .patch(`${NOTES}/${created.id}`)
      .send({ body: 'Secret plan v2' })
      .expect(200);
    const deleted = await write(author.agent, author.csrf).delete(`${NOTES}/${created.id}`);
    expect(deleted.status).toBe(200);
    const tombstone = {
      id: created.id,
      kind: 'note',
      actor: { id: author.user.id, name: author.user.name },
      body: null,
      changes: null,
      editedAt: expect.any(String),
      deletedAt: expect.any(String),
      deletedBy: { id: author.user.id, name: author.user.name },
    };
    expect(deleted.body).toMatchObject(tombstone);
    expect((await timeline()).find((entry) => entry.id === created.id)).toMatchObject(tombstone);
    const [stored] = (await db.query(`SELECT body, changes FROM activities WHERE id = $1`, [
      created.id,
    ])) as { body: string | null; changes: unknown }[];
    expect(stored).toEqual({ body: null, changes: null });

    // A deleted note is no longer there to edit or delete.
    await write(author.agent, author.csrf)
      .patch(`${NOTES}/${created.id}`)
      .send({ body: 'Back' })
      .expect(404);
    await write(author.agent, author.csrf).delete(`${NOTES}/${created.id}`).expect(404);
  });

  it('names the deleting admin on the tombstone', async () => {
    const created = await note(author, 'Off the record');
    const res = await write(admin.agent, admin.csrf).delete(`${NOTES}/${created.id}`).expect(200);
    expect(res.body).toMatchObject({
      actor: { id: author.user.id },
      deletedBy: { id: admin.user.id, name: admin.user.name },
    });
  });

  it('forbids viewers to write, edit or delete notes, and anonymous callers everything', async () => {
    const created = await note(author, 'Viewers read this');
    await write(viewer.agent, viewer.csrf)
      .post(NOTES)
      .send({ subjectType: 'startup', subjectId: startup.id, body: 'Hi' })
      .expect(403);
    await write(viewer.agent, viewer.csrf)
      .patch(`${NOTES}/${created.id}`)
      .send({ body: 'x' })
      .expect(403);
    await write(viewer.agent, viewer.csrf).delete(`${NOTES}/${created.id}`).expect(403);
    await request(app.getHttpServer())
      .post(NOTES)
      .send({ subjectType: 'startup', subjectId: startup.id, body: 'Hi' })
      .expect(401);
    expect((await timeline()).find((entry) => entry.id === created.id)?.body).toBe(
      'Viewers read this',
    );
  });

  it('rejects blank, too long and malformed notes, naming each field', async () => {
    const bad = await write(author.agent, author.csrf)
      .post(NOTES)
      .send({ subjectType: 'unicorn', subjectId: 'nope', body: '   ' });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['body', 'subjectId', 'subjectType']);

    const long = await write(author.agent, author.csrf)
      .post(NOTES)
      .send({ subjectType: 'startup', subjectId: startup.id, body: 'x'.repeat(10_001) });
    expect(fieldsOf(long.body)).toEqual(['body']);
    await write(author.agent, author.csrf)
      .post(NOTES)
      .send({ subjectType: 'startup', subjectId: startup.id, body: 'x'.repeat(10_000) })
      .expect(201);

    const created = await note(author, 'Valid');
    const blankEdit = await write(author.agent, author.csrf)
      .patch(`${NOTES}/${created.id}`)
      .send({ body: '' });
    expect(fieldsOf(blankEdit.body)).toEqual(['body']);
  });

  it('answers 404 naming subjectId when the record does not exist', async () => {
    const res = await write(author.agent, author.csrf)
      .post(NOTES)
      .send({ subjectType: 'mentor', subjectId: startup.id, body: 'Wrong type' });
    expect(res.status).toBe(404);
    expect(fieldsOf(res.body)).toEqual(['subjectId']);
    const { count } = firstOf(
      (await db.query(
        `SELECT count(*)::int AS count FROM activities WHERE body = 'Wrong type'`,
      )) as { count: number }[],
    );
    expect(count).toBe(0);
  });

  it('edits and deletes only notes, not other timeline entries', async () => {
    const created = (await timeline()).find((entry) => entry.kind === 'created');
    expect(created).toBeDefined();
    await write(admin.agent, admin.csrf)
      .patch(`${NOTES}/${created!.id}`)
      .send({ body: 'rewrite history' })
      .expect(404);
    await write(admin.agent, admin.csrf).delete(`${NOTES}/${created!.id}`).expect(404);
    await write(admin.agent, admin.csrf).delete(`${NOTES}/${MISSING}`).expect(404);
    const malformed = await write(admin.agent, admin.csrf).delete(`${NOTES}/not-a-uuid`);
    expect(fieldsOf(malformed.body)).toEqual(['id']);
  });
});
