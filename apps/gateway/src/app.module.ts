import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { MessagingModule } from '@tailwise/messaging';
import { ObservabilityModule } from '@tailwise/runtime';
import { AuthFlows } from './auth/auth-flows';
import { AuthGuard } from './auth/auth.guard';
import { JwksCache } from './auth/jwks-cache';
import { RevokedSessions } from './auth/revoked-sessions';
import { SessionCookies } from './auth/session-cookie';
import { UserAccessChanges } from './auth/user-access-changes';
import { AnimalsController } from './clients/animals.controller';
import { ClientsController } from './clients/clients.controller';
import { GATEWAY_CONFIG, type GatewayConfig } from './config';
import { HqAuthController } from './hq/hq-auth.controller';
import { HqMeController } from './hq/hq-me.controller';
import { HttpCorrelationInterceptor } from './http/correlation.interceptor';
import { HttpExceptionFilter } from './http/http-exception.filter';
import { PortalAccessController } from './portal-access/portal-access.controller';
import { PortalAnimalsController } from './portal/portal-animals.controller';
import { PortalAppointmentsController } from './portal/portal-appointments.controller';
import { PortalAuthController } from './portal/portal-auth.controller';
import { PortalLinkGuard } from './portal/portal-link.guard';
import { PortalLinks } from './portal/portal-links';
import { PortalMeController } from './portal/portal-me.controller';
import { PortalSchedulingController } from './portal/portal-scheduling.controller';
import { PortalUsersController } from './portal/portal-users.controller';
import { AppointmentRequestsController } from './scheduling/appointment-requests.controller';
import { AppointmentsController } from './scheduling/appointments.controller';
import { ClientAppointmentsController } from './scheduling/client-appointments.controller';
import { ClinicSetupController } from './scheduling/clinic-setup.controller';
import { OpenTimesController } from './scheduling/open-times.controller';
import { RolesController } from './settings/roles.controller';
import { StaffUsersController } from './settings/staff-users.controller';
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
      controllers: [
        HqAuthController,
        HqMeController,
        RolesController,
        StaffUsersController,
        ClientsController,
        AnimalsController,
        PortalAccessController,
        PortalAuthController,
        PortalMeController,
        PortalUsersController,
        PortalAnimalsController,
        PortalAppointmentsController,
        ClinicSetupController,
        AppointmentsController,
        ClientAppointmentsController,
        AppointmentRequestsController,
        OpenTimesController,
        PortalSchedulingController,
      ],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: WebAppFiles, useValue: new WebAppFiles(config.WEB_ROOT) },
        { provide: SessionCookies, useValue: new SessionCookies(config.COOKIE_SECURE ?? config.PUBLIC_URL.startsWith('https:')) },
        JwksCache,
        RevokedSessions,
        UserAccessChanges,
        AuthFlows,
        PortalLinks,
        PortalLinkGuard,
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: HttpCorrelationInterceptor },
      ],
    };
  }
}
