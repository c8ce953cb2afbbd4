import { Module, type DynamicModule } from '@nestjs/common';
import { serviceInfrastructure } from '@tailwise/runtime';
import { AnimalsController } from './animals/animals.controller';
import { AnimalsRepository } from './animals/animals.repository';
import { AnimalsService } from './animals/animals.service';
import { ClientsController } from './clients/clients.controller';
import { ClientsRepository } from './clients/clients.repository';
import { ClientsService } from './clients/clients.service';
import type { ClientsConfig } from './config';
import { CLIENTS_SCHEMA } from './data-source';
import { HistoryController } from './history/history.controller';
import { HistoryRepository } from './history/history.repository';
import { HistoryService } from './history/history.service';
import { SearchController } from './search/search.controller';
import { SearchRepository } from './search/search.repository';
import { SearchService } from './search/search.service';
import { VisitsRepository } from './visits/visits.repository';
import { VisitsService } from './visits/visits.service';

@Module({})
export class AppModule {
  static forRoot(config: ClientsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: serviceInfrastructure('clients', config, CLIENTS_SCHEMA),
      controllers: [ClientsController, AnimalsController, SearchController, HistoryController],
      providers: [
        ClientsRepository,
        ClientsService,
        AnimalsRepository,
        AnimalsService,
        SearchRepository,
        SearchService,
        HistoryRepository,
        HistoryService,
        VisitsRepository,
        VisitsService,
      ],
    };
  }
}
