import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import {
  CLIENTS_SUBJECTS,
  STAFF_PERMISSIONS,
  type Activity,
  type Animal,
  type Client,
  type ClientPage,
  type SearchPage,
  type StaffActor,
} from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentStaff, RequirePermission } from '../auth/auth.decorators';
import {
  AnimalInputDto,
  ClientInputDto,
  ClientListQueryDto,
  IdParamDto,
  PageQueryDto,
  SearchQueryDto,
} from './clients.dto';

interface ActivityPage {
  items: Activity[];
  total: number;
  page: number;
  pageSize: number;
}

/** Clients (volume and individual) of the signed-in staff member's organization. */
@ApiTags('hq: clients')
@ApiBearerAuth()
@Controller('api/hq/clients')
export class ClientsController {
  constructor(private readonly rpc: RpcClient) {}

  /** Create Volume Client (`kind: volume`) or Create Client (`kind: individual`). */
  @Post()
  @HttpCode(201)
  @RequirePermission(STAFF_PERMISSIONS.manageClients)
  create(@CurrentStaff() actor: StaffActor, @Body() body: ClientInputDto): Promise<Client> {
    return this.rpc.request<Client>(CLIENTS_SUBJECTS.create, actor, body);
  }

  /** All Clients, or My Clients (`assigned=me`), in display-name order. */
  @Get()
  list(@CurrentStaff() actor: StaffActor, @Query() query: ClientListQueryDto): Promise<ClientPage> {
    return this.rpc.request<ClientPage>(CLIENTS_SUBJECTS.list, actor, query);
  }

  /** Search Clients and Animals: names, phone numbers in any format, emails, animal names, microchips. */
  @Get('search')
  search(@CurrentStaff() actor: StaffActor, @Query() query: SearchQueryDto): Promise<SearchPage> {
    return this.rpc.request<SearchPage>(CLIENTS_SUBJECTS.search, actor, query);
  }

  @Get(':id')
  get(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<Client> {
    return this.rpc.request<Client>(CLIENTS_SUBJECTS.get, actor, { clientId: id });
  }

  /** Save Changes: replaces the whole record (the body of a create); the kind cannot change. */
  @Put(':id')
  @RequirePermission(STAFF_PERMISSIONS.manageClients)
  update(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto, @Body() body: ClientInputDto): Promise<Client> {
    return this.rpc.request<Client>(CLIENTS_SUBJECTS.update, actor, { clientId: id, client: body });
  }

  /** Disable: no new appointments; the client stays on record, shown as disabled. */
  @Post(':id/disable')
  @HttpCode(200)
  @RequirePermission(STAFF_PERMISSIONS.manageClients)
  disable(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<Client> {
    return this.rpc.request<Client>(CLIENTS_SUBJECTS.disable, actor, { clientId: id });
  }

  @Post(':id/enable')
  @HttpCode(200)
  @RequirePermission(STAFF_PERMISSIONS.manageClients)
  enable(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<Client> {
    return this.rpc.request<Client>(CLIENTS_SUBJECTS.enable, actor, { clientId: id });
  }

  /**
   * Deletes a client with no records. One with records (animals, appointments) is refused with 409, its
   * details `{ reason: 'has-records', records: { animals: n, appointments: n }, suggestion: 'disable' }`.
   */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({ description: 'The client has records: `details` is `{ reason: "has-records", records, suggestion: "disable" }`' })
  @RequirePermission(STAFF_PERMISSIONS.manageClients)
  async remove(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<void> {
    await this.rpc.request<null>(CLIENTS_SUBJECTS.delete, actor, { clientId: id });
  }

  /** History: who changed what and when, newest first. */
  @Get(':id/history')
  history(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto, @Query() query: PageQueryDto): Promise<ActivityPage> {
    return this.rpc.request<ActivityPage>(CLIENTS_SUBJECTS.history, actor, { ...query, clientId: id });
  }

  /** The client's animals, in name order. */
  @Get(':id/animals')
  animals(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<Animal[]> {
    return this.rpc.request<Animal[]>(CLIENTS_SUBJECTS.animalList, actor, { clientId: id });
  }

  @Post(':id/animals')
  @HttpCode(201)
  @ApiConflictResponse({ description: 'Another animal of the organization has this microchip' })
  @RequirePermission(STAFF_PERMISSIONS.manageClients)
  createAnimal(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto, @Body() body: AnimalInputDto): Promise<Animal> {
    return this.rpc.request<Animal>(CLIENTS_SUBJECTS.animalCreate, actor, { clientId: id, animal: body });
  }
}
