import { AppError, ERROR_CODES } from '@tailwise/contracts';
import type { EntityManager } from 'typeorm';
import type { DirectoryRepository } from '../directory/directory.repository';
import type { ClientEntity } from '../directory/client.entity';

export type PortalLink = { organizationId: string; clientId: string };

/**
 * The linked client, when it may ask for or book appointments in the portal: a pet owner
 * (volume clients get places released by staff instead) that the clinic has not disabled.
 */
export async function requirePetOwner(directory: DirectoryRepository, link: PortalLink, refusal: string, manager?: EntityManager): Promise<ClientEntity> {
  const client = await directory.findClient(link.organizationId, link.clientId, manager);
  if (!client) throw AppError.notFound('Client');
  if (client.kind !== 'individual') throw new AppError(ERROR_CODES.CONFLICT, refusal);
  if (client.status === 'disabled') throw new AppError(ERROR_CODES.CONFLICT, 'Your account at this clinic is disabled: please contact the clinic');
  return client;
}
