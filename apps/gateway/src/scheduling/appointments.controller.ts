import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import {
  SCHEDULING_SUBJECTS,
  STAFF_PERMISSIONS,
  type Appointment,
  type AppointmentAction,
  type BookedAppointments,
  type Calendar,
  type StaffActor,
} from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentStaff, RequirePermission } from '../auth/auth.decorators';
import {
  AppointmentAnimalInputDto,
  BookAppointmentInputDto,
  CalendarQueryDto,
  ClinicItemParamDto,
  ClinicParamDto,
  MoveAppointmentInputDto,
  ReleaseAppointmentsInputDto,
} from './scheduling.dto';

/**
 * The HQ calendar of one clinic and the appointments on it. Any staff member reads; booking
 * and every change need "manage schedule". A clinic or appointment of another organization
 * is 404; business refusals (closed day, full capacity, disabled client, a status that does
 * not allow the change) are 409 with the reason.
 */
@ApiTags('hq: appointments')
@ApiBearerAuth()
@Controller('api/hq/clinics/:clinicId')
export class AppointmentsController {
  constructor(private readonly rpc: RpcClient) {}

  /** The days from `from` to `to` (at most 42) with counts, capacity use and every appointment. */
  @Get('calendar')
  calendar(@CurrentStaff() actor: StaffActor, @Param() { clinicId }: ClinicParamDto, @Query() range: CalendarQueryDto): Promise<Calendar> {
    return this.rpc.request<Calendar>(SCHEDULING_SUBJECTS.calendarGet, actor, { clinicId, range });
  }

  /** One appointment, or with `places` that many surgery places for a volume client, each its own appointment. */
  @Post('appointments')
  @HttpCode(201)
  @ApiConflictResponse({ description: 'A closed day, the day capacity used up, or a disabled client' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  book(@CurrentStaff() actor: StaffActor, @Param() { clinicId }: ClinicParamDto, @Body() body: BookAppointmentInputDto): Promise<BookedAppointments> {
    return this.rpc.request<BookedAppointments>(SCHEDULING_SUBJECTS.appointmentBook, actor, { clinicId, appointment: body });
  }

  // Declared before the `appointments/:id` routes so that "release" is never read as an id.
  /** Makes volume clients' appointments visible in the portal. */
  @Post('appointments/release')
  @HttpCode(200)
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  release(
    @CurrentStaff() actor: StaffActor,
    @Param() { clinicId }: ClinicParamDto,
    @Body() body: ReleaseAppointmentsInputDto,
  ): Promise<BookedAppointments> {
    return this.rpc.request<BookedAppointments>(SCHEDULING_SUBJECTS.appointmentRelease, actor, { clinicId, release: body });
  }

  @Get('appointments/:id')
  get(@CurrentStaff() actor: StaffActor, @Param() { clinicId, id }: ClinicItemParamDto): Promise<Appointment> {
    return this.rpc.request<Appointment>(SCHEDULING_SUBJECTS.appointmentGet, actor, { clinicId, appointmentId: id });
  }

  /** Another date or time; a surgery place is checked against the new day's capacity. */
  @Put('appointments/:id/time')
  @ApiConflictResponse({ description: 'A closed day, the day capacity used up, or a status that cannot move' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  move(
    @CurrentStaff() actor: StaffActor,
    @Param() { clinicId, id }: ClinicItemParamDto,
    @Body() body: MoveAppointmentInputDto,
  ): Promise<Appointment> {
    return this.rpc.request<Appointment>(SCHEDULING_SUBJECTS.appointmentMove, actor, { clinicId, appointmentId: id, move: body });
  }

  /** The animal the appointment is for; it must fit a capacity category with a place left that day. */
  @Put('appointments/:id/animal')
  @ApiConflictResponse({ description: 'The animal does not fit the day capacity, or the appointment is no longer scheduled' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  setAnimal(
    @CurrentStaff() actor: StaffActor,
    @Param() { clinicId, id }: ClinicItemParamDto,
    @Body() body: AppointmentAnimalInputDto,
  ): Promise<Appointment> {
    return this.rpc.request<Appointment>(SCHEDULING_SUBJECTS.appointmentAnimalSet, actor, { clinicId, appointmentId: id, animal: body });
  }

  @Post('appointments/:id/check-in')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The appointment is not scheduled' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  checkIn(@CurrentStaff() actor: StaffActor, @Param() params: ClinicItemParamDto): Promise<Appointment> {
    return this.act(actor, params, 'check-in');
  }

  @Post('appointments/:id/check-out')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The appointment is not checked in' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  checkOut(@CurrentStaff() actor: StaffActor, @Param() params: ClinicItemParamDto): Promise<Appointment> {
    return this.act(actor, params, 'check-out');
  }

  @Post('appointments/:id/cancel')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The appointment is not scheduled' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  cancel(@CurrentStaff() actor: StaffActor, @Param() params: ClinicItemParamDto): Promise<Appointment> {
    return this.act(actor, params, 'cancel');
  }

  @Post('appointments/:id/no-show')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The appointment is not scheduled' })
  @RequirePermission(STAFF_PERMISSIONS.manageSchedule)
  noShow(@CurrentStaff() actor: StaffActor, @Param() params: ClinicItemParamDto): Promise<Appointment> {
    return this.act(actor, params, 'no-show');
  }

  private act(actor: StaffActor, { clinicId, id }: ClinicItemParamDto, action: AppointmentAction): Promise<Appointment> {
    return this.rpc.request<Appointment>(SCHEDULING_SUBJECTS.appointmentAction, actor, { clinicId, appointmentId: id, action });
  }
}
