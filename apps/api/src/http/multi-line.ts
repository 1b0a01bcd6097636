import { getMetadataStorage, ValidateBy } from 'class-validator';

const MULTI_LINE = 'multiLineText';

/**
 * Marks a free-text field (a description, a note, a reason) whose value may hold line breaks and
 * tabs; every other string of a request must be one line (see `TextInputPipe`). Kept as
 * class-validator metadata, so that DTOs derived with PartialType/OmitType keep the mark.
 */
export function MultiLine(): PropertyDecorator {
  return ValidateBy({ name: MULTI_LINE, validator: { validate: () => true } });
}

/** The properties of a DTO class marked `@MultiLine()`. */
export function multiLineProperties(dto: abstract new (...args: never[]) => unknown): Set<string> {
  return new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(dto, '', true, false)
      .filter((metadata) => metadata.name === MULTI_LINE)
      .map((metadata) => metadata.propertyName),
  );
}
