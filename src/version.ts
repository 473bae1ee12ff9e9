// Harbor's own version (package.json), carried in every output's metadata (docs/architecture.md §Metadata).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
export const HARBOR_VERSION: string = pkg.version;
