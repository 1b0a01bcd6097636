import { NotFoundException } from '@nestjs/common';

export function programmeNotFound(id: string): NotFoundException {
  return new NotFoundException(`No programme has the id ${id}`);
}

export function cohortNotFound(id: string): NotFoundException {
  return new NotFoundException(`No cohort has the id ${id}`);
}

export function notAMember(cohortId: string, startupId: string): NotFoundException {
  return new NotFoundException(`The startup ${startupId} is not in the cohort ${cohortId}`);
}
