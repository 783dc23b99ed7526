export { ok, fail } from './result.ts';
export type { Ok, Fail, Result } from './result.ts';
export { story } from './story.ts';
export type { DataOf, ReasonOf, Step, StoryBuilder, StoryTrace } from './story.ts';
