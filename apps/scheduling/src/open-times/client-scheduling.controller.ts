import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SCHEDULING_SUBJECTS, hqOpenTimesCommandSchema, portalOpenTimesCommandSchema, selfScheduleInputSchema } from '@tailwise/contracts';
import { parseRpc, requireStaff } from '@tailwise/messaging';
import { z } from 'zod';
import { OpenTimesService } from './open-times.service';
import { PortalSchedulingService } from './portal-scheduling.service';
import { SelfSchedulingService } from './self-scheduling.service';

@Controller()
export class ClientSchedulingController {
  constructor(
    private readonly openTimes: OpenTimesService,
    private readonly selfScheduling: SelfSchedulingService,
    private readonly portalScheduling: PortalSchedulingService,
  ) {}

  @MessagePattern(SCHEDULING_SUBJECTS.openTimesGet)
  openTimesForStaff(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(hqOpenTimesCommandSchema, payload);
    return this.openTimes.forStaff(requireStaff(actor), data.clinicId, data.query);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.portalOpenTimesGet)
  openTimesForPortal(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(portalOpenTimesCommandSchema, payload);
    return this.openTimes.forPortal(actor, data.clinicId, data.query);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.portalSelfSchedule)
  selfSchedule(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(selfScheduleInputSchema, payload);
    return this.selfScheduling.book(actor, data);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.portalSchedulingGet)
  schedulingForPortal(@Payload() payload: unknown) {
    const { actor } = parseRpc(z.object({}), payload);
    return this.portalScheduling.get(actor);
  }
}
