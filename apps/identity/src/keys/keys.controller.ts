import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { IDENTITY_SUBJECTS, type Jwks } from '@tailwise/contracts';
import { TokenIssuer } from './token-issuer';

@Controller()
export class KeysController {
  constructor(private readonly issuer: TokenIssuer) {}

  /** The gateway fetches these to verify access tokens without holding any secret. */
  @MessagePattern(IDENTITY_SUBJECTS.jwks)
  jwks(): Jwks {
    return this.issuer.jwks;
  }
}
