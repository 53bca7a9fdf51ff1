export * from './access.js';
export * from './component.js';
export * from './errors.js';
export * from './lifecycle.js';
export * from './tenant.js';
