export * from './desk';
export * from './register';
export * from './sync';
