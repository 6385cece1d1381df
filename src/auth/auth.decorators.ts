import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ROLES, type Role } from '../../workflows';
import type { AuthenticatedOfficer } from './authenticated-officer';

export const ROLES_KEY = 'zhifa:roles';
export const PUBLIC_KEY = 'zhifa:public';

/** Roles allowed on a route (any of them). Routes without @Roles or @Public are refused. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any officer of the bureau, whatever the role (reads that are not restricted further). */
export const AnyOfficer = () => Roles(...ROLES);

/** Opts a route out of authentication (health, docs, the public disclosure feed). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The officer behind the bearer token, loaded from the database for this request. */
export const CurrentOfficer = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedOfficer =>
    ctx.switchToHttp().getRequest<{ officer: AuthenticatedOfficer }>().officer,
);

export const SIGNED_IN_KEY = 'zhifa:signedIn';

/**
 * Any signed-in officer, whatever the roles, even one who must still change an admin-set
 * password: /auth/me, /auth/password and /auth/logout.
 */
export const SignedIn = () => SetMetadata(SIGNED_IN_KEY, true);
