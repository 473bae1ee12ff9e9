// What a workbook's parse process runs from the sources (src/batch/xlsx-parser.ts): Node cannot
// load TypeScript by itself, so this registers tsx's loader, then loads the real task
// (./xlsx-task.ts). Built, the process runs dist/xlsx-task.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./xlsx-task.ts');
