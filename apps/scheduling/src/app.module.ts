import { Module, type DynamicModule } from '@nestjs/common';
import { serviceInfrastructure } from '@tailwise/runtime';
import { AppointmentsController } from './appointments/appointments.controller';
import { AppointmentsRepository } from './appointments/appointments.repository';
import { AppointmentsService } from './appointments/appointments.service';
import { PortalAppointmentsService } from './appointments/portal-appointments.service';
import { ClinicSetupController } from './clinic-setup/clinic-setup.controller';
import { ClinicSetupRepository } from './clinic-setup/clinic-setup.repository';
import { ClinicSetupService } from './clinic-setup/clinic-setup.service';
import { ClinicsRepository } from './clinics/clinics.repository';
import { ClinicsService } from './clinics/clinics.service';
import type { SchedulingConfig } from './config';
import { SCHEDULING_SCHEMA } from './data-source';
import { DirectoryRepository } from './directory/directory.repository';
import { DirectoryService } from './directory/directory.service';
import { ClientSchedulingController } from './open-times/client-scheduling.controller';
import { OpenTimesService } from './open-times/open-times.service';
import { PortalSchedulingService } from './open-times/portal-scheduling.service';
import { SelfSchedulingService } from './open-times/self-scheduling.service';
import { RequestsController } from './requests/requests.controller';
import { RequestsRepository } from './requests/requests.repository';
import { RequestsService } from './requests/requests.service';

@Module({})
export class AppModule {
  static forRoot(config: SchedulingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: serviceInfrastructure('scheduling', config, SCHEDULING_SCHEMA),
      controllers: [ClinicSetupController, AppointmentsController, RequestsController, ClientSchedulingController],
      providers: [
        ClinicsRepository,
        ClinicsService,
        ClinicSetupRepository,
        ClinicSetupService,
        DirectoryRepository,
        DirectoryService,
        AppointmentsRepository,
        AppointmentsService,
        PortalAppointmentsService,
        RequestsRepository,
        RequestsService,
        OpenTimesService,
        SelfSchedulingService,
        PortalSchedulingService,
      ],
    };
  }
}
