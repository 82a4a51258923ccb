import { z } from 'zod'
import { scanForCardNumbers } from '../profile/card-number-scan'
import { plainText } from './plain-text'

/**
 * Free text read back from a file PayLight keeps (a decline message, a session's outcome): a line
 * that holds a card number is not valid (skipped, never shown), and what is shown is plain text
 * without control, bidi or invisible characters, whatever a hand-edited file holds.
 */
export const keptTextSchema = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => scanForCardNumbers(text).length === 0, { message: 'card-number' })
    .transform(plainText)
