import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CLIENTS_SUBJECTS, historyQuerySchema } from '@tailwise/contracts';
import { parseRpc, requireStaff } from '@tailwise/messaging';
import { HistoryService } from './history.service';

@Controller()
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  @MessagePattern(CLIENTS_SUBJECTS.history)
  page(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(historyQuerySchema, payload);
    return this.history.page(requireStaff(actor), data);
  }
}
