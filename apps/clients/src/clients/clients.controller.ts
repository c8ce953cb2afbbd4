import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CLIENTS_SUBJECTS,
  clientIdSchema,
  clientInputSchema,
  clientListQuerySchema,
  updateClientCommandSchema,
} from '@tailwise/contracts';
import { parseRpc, requireStaff } from '@tailwise/messaging';
import { ClientsService } from './clients.service';

@Controller()
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @MessagePattern(CLIENTS_SUBJECTS.create)
  create(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(clientInputSchema, payload);
    return this.clients.create(requireStaff(actor), data);
  }

  @MessagePattern(CLIENTS_SUBJECTS.get)
  get(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(clientIdSchema, payload);
    return this.clients.get(requireStaff(actor), data.clientId);
  }

  @MessagePattern(CLIENTS_SUBJECTS.update)
  update(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(updateClientCommandSchema, payload);
    return this.clients.update(requireStaff(actor), data.clientId, data.client);
  }

  @MessagePattern(CLIENTS_SUBJECTS.list)
  list(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(clientListQuerySchema, payload);
    return this.clients.list(requireStaff(actor), data);
  }

  @MessagePattern(CLIENTS_SUBJECTS.disable)
  disable(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(clientIdSchema, payload);
    return this.clients.disable(requireStaff(actor), data.clientId);
  }

  @MessagePattern(CLIENTS_SUBJECTS.enable)
  enable(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(clientIdSchema, payload);
    return this.clients.enable(requireStaff(actor), data.clientId);
  }

  /** Answers null once deleted; a refusal is a CONFLICT whose details match deleteRefusalSchema. */
  @MessagePattern(CLIENTS_SUBJECTS.delete)
  async delete(@Payload() payload: unknown): Promise<null> {
    const { actor, data } = parseRpc(clientIdSchema, payload);
    await this.clients.delete(requireStaff(actor), data.clientId);
    return null;
  }
}
