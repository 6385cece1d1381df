import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainException, type FieldError } from './domain.exception';
import { dtoReason } from '../i18n/dto-reasons';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((text) => ({
      field,
      reason: dtoReason(text),
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Whitelists DTO fields, rejects unknown ones, and answers 400 naming each bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => DomainException.validation(flatten(errors)),
  });
}
