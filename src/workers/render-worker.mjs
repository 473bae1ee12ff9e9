// The file piscina starts in each render thread. Worker threads cannot load TypeScript by
// themselves, so this registers tsx's loader, then loads the real task (./render-task.ts), which
// loads each kind and the templates (compiled once for the life of the thread) when first needed.
import { register } from 'tsx/esm/api';

register();
const task = await import('./render-task.ts');

export default task.default;
