import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SCHEDULING_SUBJECTS, type Appointment, type StaffActor } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentStaff } from '../auth/auth.decorators';
import { ClientParamDto } from './scheduling.dto';

/**
 * A client profile's Appointments tab: the client's appointments at every clinic of the
 * organization. Any staff member reads; a client of another organization is 404.
 */
@ApiTags('hq: appointments')
@ApiBearerAuth()
@Controller('api/hq/clients/:clientId/appointments')
export class ClientAppointmentsController {
  constructor(private readonly rpc: RpcClient) {}

  /** Newest first. */
  @Get()
  list(@CurrentStaff() actor: StaffActor, @Param() { clientId }: ClientParamDto): Promise<Appointment[]> {
    return this.rpc.request<Appointment[]>(SCHEDULING_SUBJECTS.clientAppointmentList, actor, { clientId });
  }
}
