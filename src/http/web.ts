// The API's description (docs/http.md): `GET /openapi.json`, built on its first request and kept
// (it depends only on the kinds and Harbor's version). The pages that read it (`/docs`) and the
// web app are src/web/serve.ts's, mounted by `createApp` (./app.ts).
import type { Express } from 'express';
import type { AnyKind } from '../kinds/kind.js';
import { HARBOR_VERSION } from '../version.js';
import { buildOpenApi } from './openapi.js';

export interface OpenApiContext {
  kinds: readonly AnyKind[];
  /** Whether HARBOR_API_KEYS is set: the description then says /v1 needs a bearer key. */
  withKeys: boolean;
  /** A kind's example case, shown as each operation's example request. */
  example: (kindId: string) => unknown;
}

/** `GET /openapi.json` on `app`. */
export function openApiRoute(app: Express, o: OpenApiContext): void {
  let openapi: string | undefined;
  app.get('/openapi.json', (_req, res) => {
    openapi ??= JSON.stringify(buildOpenApi(o.kinds, HARBOR_VERSION, o.withKeys, o.example));
    res.type('application/json').send(openapi);
  });
}
