import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { MessagingModule } from '@tailwise/messaging';
import { ObservabilityModule } from '@tailwise/runtime';
import { AuthGuard } from './auth/auth.guard';
import { JwksCache } from './auth/jwks-cache';
import { RevokedSessions } from './auth/revoked-sessions';
import { SessionCookies } from './auth/session-cookie';
import { AnimalsController } from './clients/animals.controller';
import { ClientsController } from './clients/clients.controller';
import { GATEWAY_CONFIG, type GatewayConfig } from './config';
import { HqAuthController } from './hq/hq-auth.controller';
import { HqMeController } from './hq/hq-me.controller';
import { HttpCorrelationInterceptor } from './http/correlation.interceptor';
import { HttpExceptionFilter } from './http/http-exception.filter';
import { PortalAuthController } from './portal/portal-auth.controller';
import { WebAppFiles } from './web/web-app-files';

@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ name: 'gateway', logLevel: config.LOG_LEVEL }),
        MessagingModule.forRoot({ servers: config.NATS_URL, name: 'gateway', rpcTimeoutMs: config.RPC_TIMEOUT_MS }),
      ],
      controllers: [HqAuthController, HqMeController, ClientsController, AnimalsController, PortalAuthController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: WebAppFiles, useValue: new WebAppFiles(config.WEB_ROOT) },
        { provide: SessionCookies, useValue: new SessionCookies(config.COOKIE_SECURE ?? config.PUBLIC_URL.startsWith('https:')) },
        JwksCache,
        RevokedSessions,
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: HttpCorrelationInterceptor },
      ],
    };
  }
}
