import { afterEach } from 'vitest'
import { setLogSink } from '../../src/shared/util/logger'

// Unit tests never touch the network: a test that needs fetch passes its own (see loopback-fetch).
globalThis.fetch = (() => {
  throw new Error('global fetch is disabled in tests; inject a fake or loopbackFetch')
}) as typeof fetch

// Keep test output clean; tests that care about logs install their own sink.
setLogSink(() => undefined, 'error')
afterEach(() => setLogSink(() => undefined, 'error'))
