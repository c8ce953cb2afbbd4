import { CreateClients1795450276226 } from './1795450276226-create-clients';
import { SearchIndexes1795450277226 } from './1795450277226-search-indexes';
import { ClientAppointments1795987938468 } from './1795987938468-client-appointments';

export const CLIENTS_MIGRATIONS = [CreateClients1795450276226, SearchIndexes1795450277226, ClientAppointments1795987938468];
