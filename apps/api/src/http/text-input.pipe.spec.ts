import { describe, expect, it } from '@jest/globals';
import type { ArgumentMetadata, BadRequestException } from '@nestjs/common';
import type { ApiErrorBody } from '@kohorte/contracts';
import { UpdateFounderProfileDto } from '../founder-profile/founder-profile.dto';
import { CreateStartupDto } from '../startups/startup-input.dto';
import { TextInputPipe } from './text-input.pipe';

const pipe = new TextInputPipe();

/** The field errors the pipe answers with, or [] when it lets the value through. */
function refusal(value: unknown, metadata: ArgumentMetadata): ApiErrorBody['errors'] {
  try {
    pipe.transform(value, metadata);
    return [];
  } catch (error) {
    return ((error as BadRequestException).getResponse() as ApiErrorBody).errors;
  }
}

const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({
  type: 'body',
  metatype,
});

describe('TextInputPipe', () => {
  it('refuses NUL and other control characters anywhere, naming the field by its path', () => {
    expect(refusal({ name: 'a\u0000b' }, body(CreateStartupDto))).toEqual([
      {
        field: 'name',
        code: 'controlCharacters',
        params: {},
        messages: ['name must not contain control characters'],
      },
    ]);
    expect(refusal({ sectors: ['ok', 'x\u001b'] }, body(CreateStartupDto))).toEqual([
      {
        field: 'sectors.1',
        code: 'controlCharacters',
        params: {},
        messages: ['sectors.1 must not contain control characters'],
      },
    ]);
    for (const char of ['\u0001', '\u007f', '\u0085', '\ufffe', '\uffff']) {
      expect(refusal({ description: `a${char}` }, body(CreateStartupDto))).toHaveLength(1);
    }
  });

  it('refuses lone surrogates', () => {
    expect(refusal({ email: '\ud800@example.org' }, body(Object))).toEqual([
      {
        field: 'email',
        code: 'notUnicode',
        params: {},
        messages: ['email must be valid Unicode text (no lone surrogates)'],
      },
    ]);
    expect(refusal({ name: 'Rocket 🚀' }, body(CreateStartupDto))).toEqual([]);
  });

  it('keeps names on one line and lets multi-line fields hold line breaks and tabs', () => {
    expect(refusal({ name: 'Evil\r\nBcc: victim@example.org' }, body(CreateStartupDto))).toEqual([
      {
        field: 'name',
        code: 'notSingleLine',
        params: {},
        messages: ['name must be a single line (no line breaks or tabs)'],
      },
    ]);
    expect(refusal({ name: 'a\u2028b' }, body(CreateStartupDto))).toHaveLength(1);
    expect(refusal({ description: 'One.\n\n\tTwo.\r\n' }, body(CreateStartupDto))).toEqual([]);
  });

  it('keeps the multi-line mark through DTOs derived with OmitType', () => {
    const founder = body(UpdateFounderProfileDto);
    expect(refusal({ description: 'One.\nTwo.' }, founder)).toEqual([]);
    expect(refusal({ city: 'Leip\nzig' }, founder)).toHaveLength(1);
  });

  it('refuses property names that reach prototypes, and control characters in names', () => {
    const parsed = JSON.parse('{"query": {"__proto__": {"polluted": 1}}}') as unknown;
    expect(refusal(parsed, body(Object))).toEqual([
      {
        field: 'query.__proto__',
        code: 'unknownField',
        params: {},
        messages: ['property query.__proto__ should not exist'],
      },
    ]);
    expect(refusal({ query: { 'a\u0000': 'x' } }, body(Object))).toEqual([
      {
        field: 'query.a\u0000',
        code: 'controlCharacters',
        params: {},
        messages: ['query.a\u0000 must not contain control characters'],
      },
    ]);
  });

  it('checks queries and path parameters, and leaves custom parameters alone', () => {
    const query = Object.assign(Object.create(null) as object, { q: ['a', '\u0000'] });
    expect(refusal(query, { type: 'query' })).toEqual([
      {
        field: 'q.1',
        code: 'controlCharacters',
        params: {},
        messages: ['q.1 must not contain control characters'],
      },
    ]);
    expect(refusal('x\ny', { type: 'param', data: 'token' })).toEqual([
      {
        field: 'token',
        code: 'notSingleLine',
        params: {},
        messages: ['token must be a single line (no line breaks or tabs)'],
      },
    ]);
    expect(refusal({ name: '\u0000' }, { type: 'custom' })).toEqual([]);
  });
});
