/** Every action of the uploads namespace: the page's and the pipeline's that run on their behalf. */
export * from './page-actions.ts';
export * from './row-actions.ts';
export * from './pipeline.ts';
