import { createZodDto } from 'nestjs-zod';
import { forgotPasswordRequestSchema, passwordTokenRequestSchema, setPasswordRequestSchema } from '@tailwise/contracts';

export class ForgotPasswordDto extends createZodDto(forgotPasswordRequestSchema) {}
export class PasswordTokenDto extends createZodDto(passwordTokenRequestSchema) {}
export class SetPasswordDto extends createZodDto(setPasswordRequestSchema) {}
