declare const seedforgeTypeError: unique symbol;

/**
 * A readable type-level error. A definition that breaks a rule gets this type where the mistake is, so the
 * editor shows the message instead of an opaque `never` (modelled on kysely's `KyselyTypeError`).
 *
 * @example Type 'Generator<number>' is not assignable to type 'SeedforgeTypeError<"users.email is a string column: ...">'.
 */
export interface SeedforgeTypeError<Message extends string> {
  readonly [seedforgeTypeError]: Message;
}
