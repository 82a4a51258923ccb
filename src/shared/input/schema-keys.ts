import type { z } from 'zod'

interface Def {
  readonly type: string
  readonly shape?: Readonly<Record<string, z.ZodType>>
  readonly innerType?: z.ZodType
  readonly element?: z.ZodType
  readonly in?: z.ZodType
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def

// Wrappers that do not change which keys an object takes.
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema
  for (let i = 0; i < 10; i++) {
    const def = defOf(current)
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined)
    if (!inner) return current
    current = inner
  }
  return current
}

/**
 * The keys an object schema accepts at `path` (array indexes step into elements), so an
 * "unrecognized key" error can list them and suggest the nearest; empty when there is no object.
 */
export function schemaKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): readonly string[] {
  let current = unwrap(schema)
  for (const segment of path) {
    const def = defOf(current)
    const key = String(segment)
    // Own keys only: a hostile key (`constructor`, `__proto__`, `toString`) names no field.
    const next =
      def.type === 'object'
        ? def.shape && Object.hasOwn(def.shape, key)
          ? def.shape[key]
          : undefined
        : def.type === 'array'
          ? def.element
          : undefined
    if (!next) return []
    current = unwrap(next)
  }
  const def = defOf(current)
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : []
}
