import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import {
  PORTAL_PERMISSIONS,
  SCHEDULING_SUBJECTS,
  type AppointmentRequest,
  type OpenTimes,
  type PortalAppointment,
  type PortalScheduling,
} from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { RequirePermission } from '../auth/auth.decorators';
import {
  AppointmentRequestInputDto,
  PortalClinicParamDto,
  PortalOpenTimesQueryDto,
  SelfScheduleInputDto,
} from '../scheduling/client-scheduling.dto';
import { LinkedOrganization, LinkedPortalUser, type LinkedPortalActor } from './portal-link.guard';

/**
 * A pet owner's scheduling at a linked organization: what each clinic offers, requests for an
 * appointment, and booking an open time where the clinic allows it. The link rides on the
 * actor, so the commands carry only the input: the service books for the linked client and
 * refuses (409 naming the field) a clinic that takes no requests or self-scheduling, a volume
 * client, a past or closed date, or a time someone took meanwhile. It all needs "view
 * appointments": a user who cannot see appointments has no business booking them.
 */
@ApiTags('portal: scheduling')
@ApiBearerAuth()
@LinkedOrganization()
@RequirePermission(PORTAL_PERMISSIONS.viewAppointments)
@Controller('api/portal/organizations/:organizationId')
export class PortalSchedulingController {
  constructor(private readonly rpc: RpcClient) {}

  /** Each clinic's portal options, shown hours and active reasons. */
  @Get('scheduling')
  scheduling(@LinkedPortalUser() actor: LinkedPortalActor): Promise<PortalScheduling> {
    return this.rpc.request<PortalScheduling>(SCHEDULING_SUBJECTS.portalSchedulingGet, actor, {});
  }

  /** Each day from `from` to `to` (at most 31) with the times a visit for the reason fits. */
  @Get('clinics/:clinicId/open-times')
  @ApiConflictResponse({ description: 'The clinic does not offer self-scheduling' })
  openTimes(
    @LinkedPortalUser() actor: LinkedPortalActor,
    @Param() { clinicId }: PortalClinicParamDto,
    @Query() query: PortalOpenTimesQueryDto,
  ): Promise<OpenTimes> {
    return this.rpc.request<OpenTimes>(SCHEDULING_SUBJECTS.portalOpenTimesGet, actor, { clinicId, query });
  }

  /** The linked client's requests at this organization, newest first, with their outcome. */
  @Get('appointment-requests')
  requests(@LinkedPortalUser() actor: LinkedPortalActor): Promise<AppointmentRequest[]> {
    return this.rpc.request<AppointmentRequest[]>(SCHEDULING_SUBJECTS.portalRequestList, actor, {});
  }

  /** The clinic's notification email gets a notice. */
  @Post('appointment-requests')
  @HttpCode(201)
  @ApiConflictResponse({ description: 'The clinic takes no requests, the client is not a pet owner, or the date is past or closed' })
  createRequest(@LinkedPortalUser() actor: LinkedPortalActor, @Body() body: AppointmentRequestInputDto): Promise<AppointmentRequest> {
    return this.rpc.request<AppointmentRequest>(SCHEDULING_SUBJECTS.portalRequestCreate, actor, body);
  }

  /** Books one open time; it appears on the clinic's calendar at once. */
  @Post('self-scheduled-appointments')
  @HttpCode(201)
  @ApiConflictResponse({ description: 'The clinic does not offer self-scheduling, or the time is no longer open (`startTime`)' })
  selfSchedule(@LinkedPortalUser() actor: LinkedPortalActor, @Body() body: SelfScheduleInputDto): Promise<PortalAppointment> {
    return this.rpc.request<PortalAppointment>(SCHEDULING_SUBJECTS.portalSelfSchedule, actor, body);
  }
}
