import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SCHEDULING_SUBJECTS, type OpenTimes, type StaffActor } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentStaff } from '../auth/auth.decorators';
import { HqOpenTimesQueryDto } from './client-scheduling.dto';
import { ClinicParamDto } from './scheduling.dto';

/**
 * The free times of a clinic for an appointment type, e.g. to answer a request: computed from
 * the hours, closures and every appointment of each day (boarding and all-day ones do not
 * block). Any staff member reads; a clinic or type of another organization is 404.
 */
@ApiTags('hq: appointment requests')
@ApiBearerAuth()
@Controller('api/hq/clinics/:clinicId/open-times')
export class OpenTimesController {
  constructor(private readonly rpc: RpcClient) {}

  /** Each day from `from` to `to` (at most 31) with its open start times; `durationMinutes` defaults to the type's. */
  @Get()
  get(@CurrentStaff() actor: StaffActor, @Param() { clinicId }: ClinicParamDto, @Query() query: HqOpenTimesQueryDto): Promise<OpenTimes> {
    return this.rpc.request<OpenTimes>(SCHEDULING_SUBJECTS.openTimesGet, actor, { clinicId, query });
  }
}
