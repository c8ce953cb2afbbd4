import { Module, type DynamicModule } from '@nestjs/common';
import { serviceInfrastructure } from '@tailwise/runtime';
import { ClinicSetupController } from './clinic-setup/clinic-setup.controller';
import { ClinicSetupRepository } from './clinic-setup/clinic-setup.repository';
import { ClinicSetupService } from './clinic-setup/clinic-setup.service';
import { ClinicsRepository } from './clinics/clinics.repository';
import { ClinicsService } from './clinics/clinics.service';
import type { SchedulingConfig } from './config';
import { SCHEDULING_SCHEMA } from './data-source';

@Module({})
export class AppModule {
  static forRoot(config: SchedulingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: serviceInfrastructure('scheduling', config, SCHEDULING_SCHEMA),
      controllers: [ClinicSetupController],
      providers: [ClinicsRepository, ClinicsService, ClinicSetupRepository, ClinicSetupService],
    };
  }
}
