import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../../../workflows';

/** At least 12 characters (NIST SP 800-63B 3.1.1.2 asks for 8 at least; the bureau asks more). */
export const PASSWORD_MIN_LENGTH = 12;
/** argon2 takes any length; a bound keeps one request from costing much. */
const PASSWORD_MAX_LENGTH = 256;

export class SignInDto {
  @ApiProperty({ example: 'zhang' })
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'officerId must be an officer id' })
  officerId: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

export class SetPasswordDto {
  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class SignedInOfficerView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
}

export class SignInView {
  @ApiProperty({ type: SignedInOfficerView }) officer: SignedInOfficerView;
  @ApiProperty({
    description: 'true: only /auth/me, /auth/password and /auth/logout until changed',
  })
  mustChangePassword: boolean;
}
