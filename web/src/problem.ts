// The API's problem+json as the pages read it (docs/http.md), apart from api.ts (which talks to
// the network and the page) so that the pages' pure parts and their unit tests can name it. An
// issue is the service's own type (src/errors.ts), not a copy that could drift from it.
import type { Issue } from '../../src/errors.js';

export type { Issue };

export interface Problem {
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: Issue[];
}
