import { callMain } from './app-store'

/**
 * The storage notices' actions: the one way the window asks main to retry a blocked file, start
 * one fresh or restore a moved-aside one. Main validates each; the new state arrives as a push.
 */
export const storageActions = {
  retry: () => callMain(() => window.paylight.retryStorage()),
  startFresh: (file: string) => callMain(() => window.paylight.discardAndStartFresh({ file })),
  restore: (file: string, aside: string) =>
    callMain(() => window.paylight.restoreFile({ file, aside })),
} as const
