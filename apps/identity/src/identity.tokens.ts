/** Nest injection token for the validated configuration. */
export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');
