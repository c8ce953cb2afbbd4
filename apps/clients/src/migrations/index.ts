import { CreateClients1795450276226 } from './1795450276226-create-clients';
import { SearchIndexes1795450277226 } from './1795450277226-search-indexes';

export const CLIENTS_MIGRATIONS = [CreateClients1795450276226, SearchIndexes1795450277226];
