import { ValidateIf } from 'class-validator';

/**
 * An optional body field: absent, or valid. Unlike class-validator's IsOptional, `null` is not
 * "absent": it is validated like any value and so refused (issue 13: `null` for an officer's
 * fields reached a NOT NULL column as a 500).
 */
export const Optional = (): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined);
