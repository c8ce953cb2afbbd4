import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import {
  SCHEDULING_SUBJECTS,
  STAFF_PERMISSIONS,
  type AppointmentReason,
  type AppointmentType,
  type CapacityRule,
  type ClinicSetup,
  type Closure,
  type PortalOptions,
  type StaffActor,
  type WeeklyHours,
} from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentStaff, RequirePermission } from '../auth/auth.decorators';
import {
  AppointmentReasonInputDto,
  AppointmentTypeInputDto,
  CapacityRuleSetDto,
  ClinicItemParamDto,
  ClinicParamDto,
  ClosureInputDto,
  PortalOptionsInputDto,
  WeeklyHoursDto,
} from './scheduling.dto';

/**
 * Settings → Clinic: one clinic's hours, closures, appointment types, day capacity, reasons
 * and portal options. Any staff member reads; changes need "manage schedule". A clinic of
 * another organization is 404.
 */
@ApiTags('hq: clinic setup')
@ApiBearerAuth()
@Controller('api/hq/clinics/:clinicId')
export class ClinicSetupController {
  constructor(private readonly rpc: RpcClient) {}

  /** The whole setup in one read. */
  @Get('setup')
  get(@CurrentStaff() actor: StaffActor, @Param() { clinicId }: ClinicParamDto): Promise<ClinicSetup> {
    return this.rpc.request<ClinicSetup>(SCHEDULING_SUBJECTS.setupGet, actor, { clinicId });
  }

  /** Replaces the week: all 7 days, Monday (1) to Sunday (7), each closed (`hours: null`) or one interval. */
  @Put('hours')
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  setHours(@CurrentStaff() actor: StaffActor, @Param() { clinicId }: ClinicParamDto, @Body() body: WeeklyHoursDto): Promise<WeeklyHours> {
    return this.rpc.request<WeeklyHours>(SCHEDULING_SUBJECTS.hoursSet, actor, { clinicId, hours: body });
  }

  @Post('closures')
  @HttpCode(201)
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  createClosure(@CurrentStaff() actor: StaffActor, @Param() { clinicId }: ClinicParamDto, @Body() body: ClosureInputDto): Promise<Closure> {
    return this.rpc.request<Closure>(SCHEDULING_SUBJECTS.closureCreate, actor, { clinicId, closure: body });
  }

  @Put('closures/:id')
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  updateClosure(@CurrentStaff() actor: StaffActor, @Param() { clinicId, id }: ClinicItemParamDto, @Body() body: ClosureInputDto): Promise<Closure> {
    return this.rpc.request<Closure>(SCHEDULING_SUBJECTS.closureUpdate, actor, { clinicId, closureId: id, closure: body });
  }

  @Delete('closures/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  async deleteClosure(@CurrentStaff() actor: StaffActor, @Param() { clinicId, id }: ClinicItemParamDto): Promise<void> {
    await this.rpc.request<null>(SCHEDULING_SUBJECTS.closureDelete, actor, { clinicId, closureId: id });
  }

  @Post('appointment-types')
  @HttpCode(201)
  @ApiConflictResponse({ description: 'The clinic already has a type with this name' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  createAppointmentType(
    @CurrentStaff() actor: StaffActor,
    @Param() { clinicId }: ClinicParamDto,
    @Body() body: AppointmentTypeInputDto,
  ): Promise<AppointmentType> {
    return this.rpc.request<AppointmentType>(SCHEDULING_SUBJECTS.appointmentTypeCreate, actor, { clinicId, appointmentType: body });
  }

  @Put('appointment-types/:id')
  @ApiConflictResponse({ description: 'The clinic already has a type with this name' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  updateAppointmentType(
    @CurrentStaff() actor: StaffActor,
    @Param() { clinicId, id }: ClinicItemParamDto,
    @Body() body: AppointmentTypeInputDto,
  ): Promise<AppointmentType> {
    return this.rpc.request<AppointmentType>(SCHEDULING_SUBJECTS.appointmentTypeUpdate, actor, {
      clinicId,
      appointmentTypeId: id,
      appointmentType: body,
    });
  }

  /** A type that reasons use is refused with 409, `details` `{ reason: "in-use", records, suggestion: "deactivate" }`. */
  @Delete('appointment-types/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({ description: 'Appointment reasons use this type' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  async deleteAppointmentType(@CurrentStaff() actor: StaffActor, @Param() { clinicId, id }: ClinicItemParamDto): Promise<void> {
    await this.rpc.request<null>(SCHEDULING_SUBJECTS.appointmentTypeDelete, actor, { clinicId, appointmentTypeId: id });
  }

  /**
   * Replaces the day-capacity rule set. Rules sent with their `id` keep it; overlapping rules
   * (an animal matching two) are refused with 400 naming the field, e.g. `rules.2.minWeightKg`.
   */
  @Put('capacity-rules')
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  setCapacityRules(
    @CurrentStaff() actor: StaffActor,
    @Param() { clinicId }: ClinicParamDto,
    @Body() body: CapacityRuleSetDto,
  ): Promise<CapacityRule[]> {
    return this.rpc.request<CapacityRule[]>(SCHEDULING_SUBJECTS.capacityRulesSet, actor, { clinicId, capacityRules: body });
  }

  /** Making a reason the default clears the previous default. */
  @Post('reasons')
  @HttpCode(201)
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  createReason(
    @CurrentStaff() actor: StaffActor,
    @Param() { clinicId }: ClinicParamDto,
    @Body() body: AppointmentReasonInputDto,
  ): Promise<AppointmentReason> {
    return this.rpc.request<AppointmentReason>(SCHEDULING_SUBJECTS.reasonCreate, actor, { clinicId, reason: body });
  }

  @Put('reasons/:id')
  @ApiConflictResponse({ description: 'Deactivating the last active reason while the portal takes requests or self-scheduling' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  updateReason(
    @CurrentStaff() actor: StaffActor,
    @Param() { clinicId, id }: ClinicItemParamDto,
    @Body() body: AppointmentReasonInputDto,
  ): Promise<AppointmentReason> {
    return this.rpc.request<AppointmentReason>(SCHEDULING_SUBJECTS.reasonUpdate, actor, { clinicId, reasonId: id, reason: body });
  }

  @Delete('reasons/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({ description: 'The last active reason while the portal takes requests or self-scheduling' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  async deleteReason(@CurrentStaff() actor: StaffActor, @Param() { clinicId, id }: ClinicItemParamDto): Promise<void> {
    await this.rpc.request<null>(SCHEDULING_SUBJECTS.reasonDelete, actor, { clinicId, reasonId: id });
  }

  /** Turning on requests or self-scheduling without an active reason is 409 naming the field. */
  @Put('portal-options')
  @ApiConflictResponse({ description: 'Requests or self-scheduling turned on without an active reason' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  setPortalOptions(
    @CurrentStaff() actor: StaffActor,
    @Param() { clinicId }: ClinicParamDto,
    @Body() body: PortalOptionsInputDto,
  ): Promise<PortalOptions> {
    return this.rpc.request<PortalOptions>(SCHEDULING_SUBJECTS.portalOptionsSet, actor, { clinicId, portalOptions: body });
  }
}
