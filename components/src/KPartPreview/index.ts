export { default as KPartPreview } from './KPartPreview.vue';
export type { KPartPreviewProps } from './KPartPreview.vue';
export { safePaths, thumbnailPaths, vertexCount, viewBoxOf, type PreviewPath } from './path-data.ts';
