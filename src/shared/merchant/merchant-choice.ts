import { z } from 'zod'
import { merchantIds } from './watched'

/** A choice of merchants: one or more, no repeats (a repeat would double every finding). */
export const merchantChoiceSchema = z
  .array(z.enum(merchantIds))
  .min(1)
  .max(merchantIds.length)
  .refine((list) => new Set(list).size === list.length, { message: 'merchants must be unique' })
  .readonly()
