import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { type Vocabularies, VOCABULARY_KINDS } from '@kohorte/contracts';
import request from 'supertest';
import { createApp } from '../src/create-app';
import { signedInAgent } from './support/sign-in';

describe('GET /api/v1/vocabularies', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
  });
  afterAll(async () => {
    await app.close();
  });

  it('needs a signed-in user', async () => {
    await request(app.getHttpServer()).get('/api/v1/vocabularies').expect(401);
  });

  it('returns the seeded lists in order, with German and English labels', async () => {
    const { agent } = await signedInAgent(app, 'viewer');
    const res = await agent.get('/api/v1/vocabularies').expect(200);
    const vocabularies = res.body as Vocabularies;

    expect(Object.keys(vocabularies).sort()).toEqual([...VOCABULARY_KINDS].sort());
    expect(vocabularies.stages.map((t) => t.key)).toEqual([
      'idea',
      'pre-seed',
      'seed',
      'series-a',
      'growth',
    ]);
    expect(vocabularies.sectors.length).toBeGreaterThanOrEqual(16);
    expect(vocabularies.topics.length).toBeGreaterThanOrEqual(20);
    expect(vocabularies.languages.map((t) => t.key)).toEqual(
      expect.arrayContaining(['de', 'en', 'uk', 'ar']),
    );
    expect(vocabularies.topics).toContainEqual({
      kind: 'topics',
      key: 'public-funding',
      labelDe: 'Fördermittel',
      labelEn: 'Public funding and grants',
      position: expect.any(Number),
    });
    for (const kind of VOCABULARY_KINDS) {
      const terms = vocabularies[kind];
      expect(terms.map((t) => t.position)).toEqual(terms.map((_, i) => i));
      for (const term of terms) {
        expect(term.kind).toBe(kind);
        expect(term.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(term.labelDe.length).toBeGreaterThan(0);
        expect(term.labelEn.length).toBeGreaterThan(0);
      }
    }
  });
});
