import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import {
  SCHEDULING_SUBJECTS,
  STAFF_PERMISSIONS,
  type AcceptedRequest,
  type AppointmentRequest,
  type StaffActor,
} from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentStaff, RequirePermission } from '../auth/auth.decorators';
import { AcceptRequestInputDto, DeclineRequestInputDto, RequestListQueryDto } from './client-scheduling.dto';
import { ClinicItemParamDto, ClinicParamDto } from './scheduling.dto';

/**
 * The calendar's Appointment Requests: what pet owners asked for in the portal. Any staff
 * member reads; accepting (which books the appointment) and declining need "manage schedule".
 * A clinic or request of another organization is 404; a request already answered, or an
 * appointment the day cannot take, is 409 with the reason.
 */
@ApiTags('hq: appointment requests')
@ApiBearerAuth()
@Controller('api/hq/clinics/:clinicId/appointment-requests')
export class AppointmentRequestsController {
  constructor(private readonly rpc: RpcClient) {}

  /** The clinic's requests, newest first; `status` narrows them. */
  @Get()
  list(@CurrentStaff() actor: StaffActor, @Param() { clinicId }: ClinicParamDto, @Query() query: RequestListQueryDto): Promise<AppointmentRequest[]> {
    return this.rpc.request<AppointmentRequest[]>(SCHEDULING_SUBJECTS.requestList, actor, { clinicId, query });
  }

  /** Books the appointment (the rules of any booking) and marks the request accepted, in one transaction. */
  @Post(':id/accept')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The request is answered already, or the day cannot take the appointment' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  accept(
    @CurrentStaff() actor: StaffActor,
    @Param() { clinicId, id }: ClinicItemParamDto,
    @Body() body: AcceptRequestInputDto,
  ): Promise<AcceptedRequest> {
    return this.rpc.request<AcceptedRequest>(SCHEDULING_SUBJECTS.requestAccept, actor, { clinicId, requestId: id, accept: body });
  }

  /** The optional message is shown to the client. */
  @Post(':id/decline')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The request is answered already' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  decline(
    @CurrentStaff() actor: StaffActor,
    @Param() { clinicId, id }: ClinicItemParamDto,
    @Body() body: DeclineRequestInputDto,
  ): Promise<AppointmentRequest> {
    return this.rpc.request<AppointmentRequest>(SCHEDULING_SUBJECTS.requestDecline, actor, { clinicId, requestId: id, decline: body });
  }
}
