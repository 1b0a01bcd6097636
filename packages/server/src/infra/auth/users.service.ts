import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type CreateUserRequest,
  DEFAULT_PAGE_SIZE,
  type FormatLocale,
  type ListUsersQuery,
  MAX_PAGE_SIZE,
  type Page,
  textLocale,
  type User,
} from '@kohorte/contracts';
import type { Repository } from 'typeorm';
import { fieldConflict } from '../errors/conflict';
import { hashPassword } from './password';
import { UserEntity } from './user.entity';
import { normalizeEmail, toUser } from './user-mapper';
import { ConflictError } from '../errors/domain-errors';

function duplicateEmail(): ConflictError {
  return fieldConflict('email', 'A user with this email already exists');
}

/** Staff accounts: create, list, look up. */
@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** Creates a user; 409 (field `email`) when the email is taken, also when two creates race. */
  async create(request: CreateUserRequest): Promise<User> {
    const values = {
      email: normalizeEmail(request.email),
      name: request.name.trim(),
      passwordHash: await hashPassword(request.password),
      role: request.role,
      locale: request.locale ?? 'de',
      disabledAt: null,
    };
    // The unique index on lower(email) decides, so that two racing creates cannot both win. ON
    // CONFLICT rather than catching 23505: a failed query would be logged with its parameters,
    // the password hash among them.
    const result = await this.users
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(values)
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    if (!id) throw duplicateEmail();
    return toUser(await this.users.findOneByOrFail({ id }));
  }

  /** Returns the user with this email, creating it first if there is none (demo data, first admin). */
  async ensureUser(request: CreateUserRequest): Promise<User> {
    const existing = await this.findEntityByEmail(request.email);
    if (existing) return toUser(existing);
    try {
      return await this.create(request);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const created = await this.findEntityByEmail(request.email);
      if (!created) throw error;
      return toUser(created);
    }
  }

  async list(query: ListUsersQuery = {}): Promise<Page<User>> {
    const page = Math.max(1, Math.floor(query.page ?? 1));
    const pageSize = Math.min(
      MAX_PAGE_SIZE,
      Math.max(1, Math.floor(query.pageSize ?? DEFAULT_PAGE_SIZE)),
    );
    const [entities, total] = await this.users.findAndCount({
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: entities.map(toUser), total, page, pageSize };
  }

  /**
   * Keeps a person's choice from the language menu: the date format for the web app, and its
   * text language for the emails Kohorte writes to them (en-GB and en-US are both `en`).
   */
  async chooseLanguage(id: string, language: FormatLocale): Promise<User> {
    await this.users.update({ id }, { formatLocale: language, locale: textLocale(language) });
    return toUser(await this.users.findOneByOrFail({ id }));
  }

  async findById(id: string): Promise<User | null> {
    const entity = await this.users.findOneBy({ id });
    return entity ? toUser(entity) : null;
  }

  /** The entity, password hash included, for sign-in; null when no user has this email. */
  findEntityByEmail(email: string): Promise<UserEntity | null> {
    // lower(email) so that the query uses the unique expression index.
    return this.users
      .createQueryBuilder('user')
      .where('lower(user.email) = :email', { email: normalizeEmail(email) })
      .getOne();
  }
}
