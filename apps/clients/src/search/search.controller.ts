import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CLIENTS_SUBJECTS, searchQuerySchema } from '@tailwise/contracts';
import { parseRpc, requireStaff } from '@tailwise/messaging';
import { SearchService } from './search.service';

@Controller()
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @MessagePattern(CLIENTS_SUBJECTS.search)
  find(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(searchQuerySchema, payload);
    return this.search.find(requireStaff(actor), data);
  }
}
