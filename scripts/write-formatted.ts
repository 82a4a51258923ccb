// Writes a generated file as the repository's formatter would, so `npm run lint` passes right after
// a data script ran.
import { writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'

/** Formats `text` with the project's Prettier settings for `file`'s type, then writes it. */
export async function writeFormatted(file: string, text: string): Promise<void> {
  const options = await resolveConfig(file)
  writeFileSync(file, await format(text, { ...options, filepath: file }))
}
