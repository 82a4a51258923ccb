import { z } from 'zod'
import { binPattern } from '../profile/profile-fields'
import type { InvokeMap, InvokeName } from './ipc-channels'
import { fitsJsonBudget } from './json-budget'
import { languageSettings, settingsPatchSchema } from './settings'
import { paymentValidators } from '../session/payment-validators'

export { invokeChannels, eventChannels, isRejection } from './ipc-channels'
export type {
  Ack,
  InvokeMap,
  EventMap,
  InvokeName,
  EventName,
  InvokeReply,
  IpcRejection,
} from './ipc-channels'

// A kept file's name and a moved-aside file's name: plain names in the data folder, never paths.
const keptFileName = z.string().regex(/^[a-z][a-z0-9-]{0,30}\.(?:dat|json|jsonl)$/)
const asideFileName = z
  .string()
  .max(120)
  .regex(
    /^[a-z][a-z0-9-]{0,30}\.[a-z-]{1,20}-\d{4}-\d{2}-\d{2}T[\d-]{12}Z(?:-\d{1,4})?\.(?:dat|json|jsonl)$/,
  )

/** The largest profile payload main accepts, in JSON characters (a real one is under 2 000). */
export const MAX_PROFILE_PAYLOAD = 20_000

/** The largest request of any channel, in JSON characters: the profile is the largest there is. */
export const MAX_REQUEST_PAYLOAD = MAX_PROFILE_PAYLOAD

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
    // problem per field; here only the payload's size is bounded, by a walk that never throws.
    saveProfile: z
      .unknown()
      .refine((value) => fitsJsonBudget(value, MAX_PROFILE_PAYLOAD), { message: 'too large' }),
    deleteProfile: z.string().regex(/^[a-z0-9-]{1,40}$/),
    setActiveProfile: z.string().regex(/^[a-z0-9-]{1,40}$/),
    lookupBin: z.string().regex(binPattern),
    exportProfiles: z.undefined(),
    importProfiles: z.undefined(),
    dismissNotice: z.string().regex(/^[a-z0-9-]{1,40}$/),
    ...paymentValidators,
    restoreFile: z.object({ file: keptFileName, aside: asideFileName }).strict(),
    retryStorage: z.undefined(),
    discardAndStartFresh: z.object({ file: keptFileName }).strict(),
    getAbout: z.undefined(),
    checkForUpdates: z.undefined(),
    openLogFolder: z.undefined(),
    getStartAtLogin: z.undefined(),
    setStartAtLogin: z.boolean(),
  }

/** One channel's service: may be sync or async, answers with the channel's response. */
export type IpcService<K extends InvokeName> = (
  request: InvokeMap[K]['request'],
) => InvokeMap[K]['response'] | Promise<InvokeMap[K]['response']>

/** The services main exposes over IPC, one per channel; features each contribute a part. */
export type IpcServices = { readonly [K in InvokeName]: IpcService<K> }
