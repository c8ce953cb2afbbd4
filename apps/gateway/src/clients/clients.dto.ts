import { createZodDto } from 'nestjs-zod';
import {
  animalInputSchema,
  clientInputSchema,
  clientListQuerySchema,
  idParamSchema,
  pageQuerySchema,
  searchQuerySchema,
} from '@tailwise/contracts';

// A class cannot have a union (volume | individual) as its instance type, so the DTO's
// constructor is typed loosely; at run time it is nestjs-zod's class, carrying the schema the
// validation pipe and the OpenAPI document read. Handlers pass the parsed body on as is.
const ClientInputBase = createZodDto(clientInputSchema) as unknown as new () => object;

/** Create Volume Client or Create Client: the `kind` field says which. Also the body of an edit. */
export class ClientInputDto extends ClientInputBase {}
export class AnimalInputDto extends createZodDto(animalInputSchema) {}
export class ClientListQueryDto extends createZodDto(clientListQuerySchema) {}
export class SearchQueryDto extends createZodDto(searchQuerySchema) {}
export class PageQueryDto extends createZodDto(pageQuerySchema) {}
/** A path id: anything but a UUID is a 400 naming `id`, before any service is asked. */
export class IdParamDto extends createZodDto(idParamSchema) {}
