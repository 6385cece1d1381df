import { ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppConfig } from '../config/app-config';
import { sendPortalError } from './portal-errors';

/** Every error of a portal page (query, 404, 429, database, bug) as a Chinese HTML page. */
@Catch()
export class GongshiErrorFilter implements ExceptionFilter {
  constructor(private readonly config: AppConfig) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    sendPortalError(res, this.config.DEPARTMENT_NAME, exception);
  }
}
