import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { DomainException } from '../../common/errors/domain.exception';
import { msg } from '../../../workflows';
import { ErrorCode } from '../../common/errors/error-code';

/** PUBLIC_RATE_LIMIT requests a minute per client IP across the public endpoints, then 429. */
@Injectable()
export class PublicRateLimitGuard extends ThrottlerGuard {
  // eslint-disable-next-line @typescript-eslint/require-await
  protected override async throwThrottlingException(
    _ctx: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new DomainException(
      ErrorCode.RATE_LIMITED,
      msg('http.rateLimited', { limit: detail.limit, retry: detail.timeToBlockExpire }),
      { retryAfterSeconds: detail.timeToBlockExpire },
    );
  }
}
