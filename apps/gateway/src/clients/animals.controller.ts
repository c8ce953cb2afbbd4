import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { CLIENTS_SUBJECTS, STAFF_PERMISSIONS, type Animal, type StaffActor } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentStaff, RequirePermission } from '../auth/auth.decorators';
import { AnimalInputDto, IdParamDto } from './clients.dto';

/** Animals of the organization's clients; they are created under a client (POST /api/hq/clients/:id/animals). */
@ApiTags('hq: clients')
@ApiBearerAuth()
@Controller('api/hq/animals')
export class AnimalsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get(':id')
  get(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<Animal> {
    return this.rpc.request<Animal>(CLIENTS_SUBJECTS.animalGet, actor, { animalId: id });
  }

  /** Replaces the whole record (e.g. marking an animal deceased); a taken microchip is 409. */
  @Put(':id')
  @ApiConflictResponse({ description: 'Another animal of the organization has this microchip' })
  @RequirePermission(STAFF_PERMISSIONS.manageClients)
  update(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto, @Body() body: AnimalInputDto): Promise<Animal> {
    return this.rpc.request<Animal>(CLIENTS_SUBJECTS.animalUpdate, actor, { animalId: id, animal: body });
  }
}
