// Cooperative stopping of a render. A render thread cannot be interrupted from outside short of
// stopping the whole thread, which costs a new one (~1 s of CPU to load the pipeline) and, on Node
// 20, risks the process: terminating one worker while piscina starts its replacement is a known
// crash (nodejs/node#56312). So a render asks, between units of work (pipeline stages, laid-out
// blocks, painted pages, DOCX parts), whether it should stop; the render pool answers from a flag
// in shared memory that the main thread sets on a time limit or a hang-up (src/workers/pool.ts).

/** Called between units of work; throws `RenderStopped` when the render is to stop. */
export type Checkpoint = () => void;

/** The checkpoint of a render nobody stops (the CLI, the main thread, tests). */
export const noCheckpoint: Checkpoint = () => {};

/** Thrown by a checkpoint. Not an error of the case or of Harbor: the pool says why it stopped. */
export class RenderStopped extends Error {
  constructor() {
    super('render stopped');
    this.name = 'RenderStopped';
  }
}
