import { createZodDto } from 'nestjs-zod';
import { signInRequestSchema, signUpRequestSchema } from '@tailwise/contracts';

export class SignUpDto extends createZodDto(signUpRequestSchema) {}
export class SignInDto extends createZodDto(signInRequestSchema) {}
