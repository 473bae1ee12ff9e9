// The API's problem+json as the pages read it (docs/http.md), apart from api.ts (which talks to
// the network and the page) so that the pages' pure parts and their unit tests can name it.

/** One error or warning of a case, at a dot path, with its code and message. */
export interface Issue {
  path: string;
  code: string;
  message: string;
}

export interface Problem {
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: Issue[];
}
