import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IDENTITY_SUBJECTS, signUpCommandSchema, type Session } from '@tailwise/contracts';
import { parseRpc } from '@tailwise/messaging';
import { OrganizationsService } from './organizations.service';

@Controller()
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @MessagePattern(IDENTITY_SUBJECTS.signUp)
  signUp(@Payload() payload: unknown): Promise<Session> {
    return this.organizations.signUp(parseRpc(signUpCommandSchema, payload).data);
  }
}
