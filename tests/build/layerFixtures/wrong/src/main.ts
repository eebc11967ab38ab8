import { ENDPOINTS } from './server/rpc';
import { DOCS } from './registryDocs';

export const registry = { ENDPOINTS, DOCS };
