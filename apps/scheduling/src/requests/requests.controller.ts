import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  SCHEDULING_SUBJECTS,
  acceptRequestCommandSchema,
  appointmentRequestInputSchema,
  declineRequestCommandSchema,
  requestListCommandSchema,
} from '@tailwise/contracts';
import { parseRpc, requireStaff } from '@tailwise/messaging';
import { z } from 'zod';
import { RequestsService } from './requests.service';

@Controller()
export class RequestsController {
  constructor(private readonly requests: RequestsService) {}

  @MessagePattern(SCHEDULING_SUBJECTS.requestList)
  list(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(requestListCommandSchema, payload);
    return this.requests.list(requireStaff(actor), data.clinicId, data.query.status);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.requestAccept)
  accept(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(acceptRequestCommandSchema, payload);
    return this.requests.accept(requireStaff(actor), data.clinicId, data.requestId, data.accept);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.requestDecline)
  decline(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(declineRequestCommandSchema, payload);
    return this.requests.decline(requireStaff(actor), data.clinicId, data.requestId, data.decline.message);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.portalRequestCreate)
  create(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(appointmentRequestInputSchema, payload);
    return this.requests.create(actor, data);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.portalRequestList)
  portalList(@Payload() payload: unknown) {
    const { actor } = parseRpc(z.object({}), payload);
    return this.requests.listForPortal(actor);
  }
}
