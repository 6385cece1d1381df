import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import { OfficersModule } from '../officers/officers.module';
import { AuthGuard } from './auth.guard';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { OfficerPasswordController } from './password/officer-password.controller';
import { PasswordHasher } from './password/password-hasher';
import { PasswordsRepository } from './password/passwords.repository';
import { SignInFailuresRepository } from './password/sign-in-failures.repository';
import { SessionsRepository } from './session/sessions.repository';
import { SignInController } from './session/sign-in.controller';
import { SignInService } from './session/sign-in.service';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [
    OfficersModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [SignInController, OfficerPasswordController, OidcController],
  providers: [
    TokenService,
    PasswordHasher,
    PasswordsRepository,
    SignInFailuresRepository,
    SessionsRepository,
    SignInService,
    OidcService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService],
})
export class AuthModule {}
