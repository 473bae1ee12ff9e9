// Harbor's own version (package.json), carried in every output's metadata (docs/architecture.md §Metadata).
import { readFileSync } from 'node:fs';
import { rootUrl } from './paths.js';

const pkg = JSON.parse(readFileSync(rootUrl('package.json'), 'utf8')) as { version: string };
export const HARBOR_VERSION: string = pkg.version;
