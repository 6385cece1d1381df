import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { PageQuery } from './page.query';

/** The one envelope of every paged listing (issue 14): cases, deadlines, desks, notifications, public decisions. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;

/** Page number, size and row offset of a validated `?page=&pageSize=`. */
export function paging(q: PageQuery): { page: number; pageSize: number; offset: number } {
  const page = Number(q.page ?? 1);
  const pageSize = Number(q.pageSize ?? DEFAULT_PAGE_SIZE);
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/** Wraps one page of rows with its total and the page asked for. */
export function pageOf<T>(items: T[], total: number, q: PageQuery): Page<T> {
  const { page, pageSize } = paging(q);
  return { items, total, page, pageSize };
}

class PageMeta {
  @ApiProperty({ description: 'rows matching the filters, over all pages' })
  total!: number;
  @ApiProperty({ minimum: 1 })
  page!: number;
  @ApiProperty({ minimum: 1, maximum: 100 })
  pageSize!: number;
}

/** OpenAPI: a 200 whose body is `Page<model>`. */
export function ApiPageResponse(model: Type<unknown>, description?: string) {
  return applyDecorators(
    ApiExtraModels(PageMeta, model),
    ApiOkResponse({
      description,
      schema: {
        allOf: [
          { $ref: getSchemaPath(PageMeta) },
          {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: { $ref: getSchemaPath(model) } } },
          },
        ],
      },
    }),
  );
}
