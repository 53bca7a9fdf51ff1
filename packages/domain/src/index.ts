export * from './access.js';
export * from './component.js';
export * from './errors.js';
export * from './incident-times.js';
export * from './lifecycle.js';
export * from './severity.js';
export * from './tenant.js';
export * from './timeline.js';
