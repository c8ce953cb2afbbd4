import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { z } from 'zod';
import {
  CLIENTS_SUBJECTS,
  animalIdSchema,
  clientIdSchema,
  createAnimalCommandSchema,
  updateAnimalCommandSchema,
} from '@tailwise/contracts';
import { parseRpc, requirePortalLink, requireStaff } from '@tailwise/messaging';
import { AnimalsService } from './animals.service';

@Controller()
export class AnimalsController {
  constructor(private readonly animals: AnimalsService) {}

  @MessagePattern(CLIENTS_SUBJECTS.animalCreate)
  create(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(createAnimalCommandSchema, payload);
    return this.animals.create(requireStaff(actor), data.clientId, data.animal);
  }

  @MessagePattern(CLIENTS_SUBJECTS.animalGet)
  get(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(animalIdSchema, payload);
    return this.animals.get(requireStaff(actor), data.animalId);
  }

  @MessagePattern(CLIENTS_SUBJECTS.animalUpdate)
  update(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(updateAnimalCommandSchema, payload);
    return this.animals.update(requireStaff(actor), data.animalId, data.animal);
  }

  @MessagePattern(CLIENTS_SUBJECTS.animalList)
  list(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(clientIdSchema, payload);
    return this.animals.listByClient(requireStaff(actor), data.clientId);
  }

  /** A portal user's view: the gateway has checked the link and put it on the actor. */
  @MessagePattern(CLIENTS_SUBJECTS.portalAnimalList)
  listForPortal(@Payload() payload: unknown) {
    const { actor } = parseRpc(z.strictObject({}), payload);
    return this.animals.listForPortal(requirePortalLink(actor).link);
  }
}
