import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { NOTIFICATIONS_SUBJECTS, sentEmailsListQuerySchema, type SentEmail } from '@tailwise/contracts';
import { parseRpc, requireStaff } from '@tailwise/messaging';
import { EmailsService } from './emails.service';

@Controller()
export class EmailsController {
  constructor(private readonly emails: EmailsService) {}

  @MessagePattern(NOTIFICATIONS_SUBJECTS.sentEmailsList)
  list(@Payload() payload: unknown): Promise<SentEmail[]> {
    const { actor, data } = parseRpc(sentEmailsListQuerySchema, payload);
    return this.emails.listRecent(requireStaff(actor), data);
  }
}
