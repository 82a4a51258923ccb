import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import electronLog from 'electron-log/node'
import {
  createLogFile,
  LOG_FILE,
  logProcessErrors,
  openLogFolder,
  redactEntry,
  REMOVED,
} from '../../../../src/main/desktop/log-file'
import { createLogger, setLogSink } from '../../../../src/shared/util/logger'
import { runs } from '../../../property/support'
import { useTempDirs } from '../../../support/temp-dirs'

const makeTempDir = useTempDirs('paylight-log-')

/** A fresh electron-log instance writing synchronously into a temp user data folder. */
function logInto(userData: string, maxBytes?: number) {
  const log = electronLog.create({ logId: `test-${path.basename(userData)}` })
  const file = createLogFile(log, { userData, console: false, ...(maxBytes ? { maxBytes } : {}) })
  setLogSink(file.sink, 'info')
  return file
}

describe('the log file', () => {
  it('lands in the user data folder with the main process entries, level and scope', () => {
    const userData = makeTempDir()
    const file = logInto(userData)
    createLogger('monitor').info('check done', { light: 'red', routes: 3 })
    createLogger('main').error('start-up failed', { error: 'Error: boom' })
    expect(file.file).toBe(path.join(userData, 'logs', LOG_FILE))
    const text = readFileSync(file.file, 'utf8')
    expect(text).toMatch(/\[info\]\s+monitor: check done \{.*light: 'red'.*\}/s)
    expect(text).toMatch(/\[error\]\s+main: start-up failed/)
  })

  it('rotates past its size, keeping one old copy', () => {
    const userData = makeTempDir()
    const file = logInto(userData, 2000)
    const log = createLogger('monitor')
    for (let i = 0; i < 100; i += 1) log.info('check done', { light: 'green', n: i })
    const names = readdirSync(path.dirname(file.file)).sort()
    expect(names).toEqual(['paylight.log', 'paylight.old.log'])
    expect(readFileSync(file.file, 'utf8').length).toBeLessThanOrEqual(2000 + 200)
  })

  it('never writes a card number, however it is spelt, in the message or any field', () => {
    const userData = makeTempDir()
    const file = logInto(userData)
    const log = createLogger('ipc')
    log.warn('refused 4242 4242 4242 4242')
    log.error('save failed', {
      detail: { field: '４２４２４２４２４２４２４２４２' },
      channel: 'x',
    })
    log.info('split', { a: '4242 4242', b: '4242 4242' })
    const text = readFileSync(file.file, 'utf8')
    expect(text).not.toMatch(/4242/)
    expect(text).not.toMatch(/４２４２/)
    expect(text.split(REMOVED).length - 1).toBe(3)
  })
})

describe('redactEntry', () => {
  it('lets an entry without card data through unchanged', () => {
    const entry = {
      level: 'info' as const,
      scope: 'monitor',
      message: 'check',
      data: { light: 'grey' },
    }
    expect(redactEntry(entry)).toBe(entry)
  })

  it('removes any Luhn-valid 16-digit Visa or Mastercard number put anywhere in an entry', () => {
    // A card number starts with a brand's prefix: 4 (Visa) or 51–55 (Mastercard).
    const prefix = fc.constantFrom([4], [5, 1], [5, 3], [5, 5])
    const digits = fc
      .tuple(prefix, fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 14, maxLength: 14 }))
      .map(([p, rest]) => [...p, ...rest].slice(0, 15))
      .map((d) => {
        const sum = [...d]
          .reverse()
          .reduce((acc, n, i) => acc + (i % 2 === 0 ? (n * 2 > 9 ? n * 2 - 9 : n * 2) : n), 0)
        return [...d, (10 - (sum % 10)) % 10].join('')
      })
    fc.assert(
      fc.property(
        digits,
        fc.constantFrom(' ', '-', '', '.'),
        fc.boolean(),
        (number, sep, inData) => {
          const spelt = number.match(/.{1,4}/g)?.join(sep) ?? number
          const entry = inData
            ? {
                level: 'error' as const,
                scope: 's',
                message: 'm',
                data: { detail: `x ${spelt} y` },
              }
            : { level: 'error' as const, scope: 's', message: `x ${spelt} y` }
          expect(JSON.stringify(redactEntry(entry))).not.toContain(number.slice(6, 12))
        },
      ),
      runs,
    )
  })
})

describe('the main process errors and the log folder', () => {
  it('logs uncaught exceptions and unhandled rejections with their stacks', async () => {
    const { EventEmitter } = await import('node:events')
    const proc = new EventEmitter()
    const entries: [string, unknown][] = []
    logProcessErrors(proc as never, { error: (m, d) => entries.push([m, d?.['error']]) })
    proc.emit('uncaughtException', new Error('boom'))
    proc.emit('unhandledRejection', 'nope')
    expect(entries[0]?.[0]).toBe('uncaught exception')
    expect(String(entries[0]?.[1])).toMatch(/^Error: boom\n\s+at /)
    expect(entries[1]).toEqual(['unhandled rejection', 'nope'])
  })

  it('opens the log folder through shell.openPath, which answers with an error message or ""', async () => {
    const opened: string[] = []
    const openPath = async (folder: string) => (opened.push(folder), '')
    await expect(openLogFolder(openPath, '/u/logs')).resolves.toEqual({ ok: true })
    await expect(openLogFolder(async () => 'Failed to open path', '/u/logs')).resolves.toEqual({
      ok: false,
    })
    expect(opened).toEqual(['/u/logs'])
  })
})
