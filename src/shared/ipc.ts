import { z } from 'zod'
import type { InvokeMap, InvokeName } from './ipc-channels'
import { languageSettings, settingsPatchSchema } from './settings'

export { invokeChannels, eventChannels } from './ipc-channels'
export type { InvokeMap, EventMap, InvokeName, EventName } from './ipc-channels'

/**
 * A runtime validator for each request: the renderer is untrusted, so main checks every payload
 * against these before a service sees it.
 */
export const requestValidators: { readonly [K in InvokeName]: z.ZodType<InvokeMap[K]['request']> } =
  {
    getState: z.undefined(),
    checkNow: z.undefined(),
    setPaused: z.boolean(),
    setLanguage: z.enum(languageSettings),
    updateSettings: settingsPatchSchema,
    openLink: z.string().max(500),
    // The profile itself is validated by validateProfile in the service, which explains every
    // problem per field; here only the payload's size is bounded.
    saveProfile: z
      .unknown()
      .refine((value) => JSON.stringify(value ?? null).length <= 20_000, { message: 'too large' }),
    deleteProfile: z.string().regex(/^[a-z0-9-]{1,40}$/),
    setActiveProfile: z.string().regex(/^[a-z0-9-]{1,40}$/),
    lookupBin: z.string().regex(/^\d{6,8}$/),
    exportProfiles: z.undefined(),
    importProfiles: z.undefined(),
  }

/** What a rejected call returns instead of throwing across IPC. */
export interface IpcRejection {
  readonly ok: false
  readonly error: 'untrusted-sender' | 'invalid-request' | 'internal'
  readonly detail?: string
}

/** The services main exposes over IPC; each may be sync or async. */
export type IpcServices = {
  readonly [K in InvokeName]: (
    request: InvokeMap[K]['request'],
  ) => InvokeMap[K]['response'] | Promise<InvokeMap[K]['response']>
}
