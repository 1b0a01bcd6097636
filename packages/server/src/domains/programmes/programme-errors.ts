import { NotFoundError } from '../../infra/errors/domain-errors';
export function programmeNotFound(id: string): NotFoundError {
  return new NotFoundError(`No programme has the id ${id}`);
}

export function cohortNotFound(id: string): NotFoundError {
  return new NotFoundError(`No cohort has the id ${id}`);
}

export function notAMember(cohortId: string, startupId: string): NotFoundError {
  return new NotFoundError(`The startup ${startupId} is not in the cohort ${cohortId}`);
}
