import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { PORTAL_PERMISSIONS, SCHEDULING_SUBJECTS, type PortalAppointment } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { RequirePermission } from '../auth/auth.decorators';
import { AppointmentAnimalInputDto } from '../scheduling/scheduling.dto';
import { LinkedOrganization, LinkedPortalUser, type LinkedPortalActor } from './portal-link.guard';
import { PortalOrganizationItemParamDto } from './portal.dto';

/**
 * The appointments a clinic released to the linked client (a rescue's surgery places): the
 * portal fills in each animal and may delete them, never add. The service scopes every id by
 * the checked link, so another account's appointment is 404; a checked-in or checked-out one
 * is 409 with the reason.
 */
@ApiTags('portal: appointments')
@ApiBearerAuth()
@LinkedOrganization()
@RequirePermission(PORTAL_PERMISSIONS.viewAppointments)
@Controller('api/portal/organizations/:organizationId/appointments')
export class PortalAppointmentsController {
  constructor(private readonly rpc: RpcClient) {}

  /** The linked client's released appointments at this organization's clinics, by date and time. */
  @Get()
  list(@LinkedPortalUser() actor: LinkedPortalActor): Promise<PortalAppointment[]> {
    return this.rpc.request<PortalAppointment[]>(SCHEDULING_SUBJECTS.portalAppointmentList, actor, {});
  }

  /** The animal coming to the appointment; it must fit the day's capacity for its category. */
  @Put(':id/animal')
  @ApiConflictResponse({ description: 'Checked in or out already, or the animal does not fit the day capacity' })
  setAnimal(
    @LinkedPortalUser() actor: LinkedPortalActor,
    @Param() { id }: PortalOrganizationItemParamDto,
    @Body() body: AppointmentAnimalInputDto,
  ): Promise<PortalAppointment> {
    return this.rpc.request<PortalAppointment>(SCHEDULING_SUBJECTS.portalAppointmentAnimalSet, actor, { appointmentId: id, animal: body });
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({ description: 'Checked in or out already' })
  @RequirePermission(PORTAL_PERMISSIONS.deleteAppointments)
  async remove(@LinkedPortalUser() actor: LinkedPortalActor, @Param() { id }: PortalOrganizationItemParamDto): Promise<void> {
    await this.rpc.request<null>(SCHEDULING_SUBJECTS.portalAppointmentDelete, actor, { appointmentId: id });
  }
}
