export * from './rfc4180'
export * from './cards'
export * from './read'
