export * from './enums';
export * from './core';
export * from './leads';
export * from './security';
export * from './targets';
export * from './field';
export * from './community';
export * from './socialmap';
