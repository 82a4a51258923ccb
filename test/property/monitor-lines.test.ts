import fc from 'fast-check'
import {
  createLineSplitter,
  MAX_LINE,
  readIpMonitorLine,
  readNetworkChangeLine,
  readRouteMonitorLine,
} from '../../src/main/network-watch/notice-lines'
import { runs } from './support'

const ifName = fc.stringMatching(/^[a-z][a-z0-9@.-]{0,14}$/)
const address = fc.oneof(
  fc.ipV4().map((ip) => `inet ${ip}/24`),
  fc.ipV6().map((ip) => `inet6 ${ip}/64`),
)
const tail = fc.string({ maxLength: 80 }).filter((s) => !s.includes('\n'))
// Lines as iproute2 writes them with `-o monitor label link address`, written from its format.
const ipAddressLine = fc
  .tuple(fc.boolean(), fc.nat(999), ifName, address, tail)
  .map(
    ([deleted, n, name, addr, rest]) =>
      `[ADDR]${deleted ? 'Deleted ' : ''}${n}: ${name}    ${addr} ${rest}`,
  )
const ipLinkLine = fc
  .tuple(fc.boolean(), fc.nat(999), ifName, tail)
  .map(
    ([deleted, n, name, rest]) =>
      `[LINK]${deleted ? 'Deleted ' : ''}${n}: ${name}: <UP,LOWER_UP> ${rest}`,
  )
// Headers of routing-socket messages as `route -n monitor` prints them, and its other lines.
const routeHeader = (type: string) => tail.map((rest) => `${type}: ${rest}`)
const addressTypes = ['RTM_NEWADDR', 'RTM_DELADDR']
const linkTypes = ['RTM_IFINFO', 'RTM_IFINFO2', 'RTM_IFANNOUNCE']
const otherTypes = [
  'RTM_ADD',
  'RTM_DELETE',
  'RTM_CHANGE',
  'RTM_GET',
  'RTM_MISS',
  'RTM_RESOLVE',
  'RTM_NEWMADDR',
  'RTM_LOSING',
]

describe('monitor output readers (property)', { timeout: 60_000 }, () => {
  it('ip monitor: every labelled address line is an address notice, every link line a link notice', () => {
    fc.assert(
      fc.property(ipAddressLine, (line) => readIpMonitorLine(line) === 'address'),
      runs,
    )
    fc.assert(
      fc.property(ipLinkLine, (line) => readIpMonitorLine(line) === 'link'),
      runs,
    )
  })

  it('ip monitor: a line without a label at its start is no notice (never throws on anything)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (line) => {
        const read = readIpMonitorLine(line)
        if (!line.startsWith('[ADDR]') && !line.startsWith('[LINK]')) expect(read).toBeNull()
      }),
      runs,
    )
  })

  it('route monitor: address and interface messages are notices, route churn is not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...addressTypes).chain(routeHeader),
        (line) => readRouteMonitorLine(line) === 'address',
      ),
      runs,
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...linkTypes).chain(routeHeader),
        (line) => readRouteMonitorLine(line) === 'link',
      ),
      runs,
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...otherTypes).chain(routeHeader),
        (line) => readRouteMonitorLine(line) === null,
      ),
      runs,
    )
  })

  it('route monitor: body lines, indented lines and junk are no notice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (line) => {
        const header = /^RTM_(NEWADDR|DELADDR|IFINFO2?|IFANNOUNCE):/.test(line)
        expect(readRouteMonitorLine(line) !== null).toBe(header)
        expect(readRouteMonitorLine(` ${line}`)).toBeNull()
      }),
      runs,
    )
  })

  it("the Windows watcher's two words, with any spacing, and nothing else", () => {
    const pad = fc.constantFrom('', ' ', '\t', '\r')
    fc.assert(
      fc.property(pad, fc.constantFrom('address', 'availability'), pad, (a, word, b) => {
        expect(readNetworkChangeLine(`${a}${word}${b}`)).toBe(
          word === 'address' ? 'address' : 'link',
        )
      }),
      runs,
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (line) => {
        if (!['address', 'availability'].includes(line.trim()))
          expect(readNetworkChangeLine(line)).toBeNull()
      }),
      runs,
    )
  })
})

describe('createLineSplitter (property)', { timeout: 60_000 }, () => {
  const line = fc.string({ maxLength: 60 }).filter((s) => !/[\r\n]/.test(s))

  it('gives back the lines written, however the output was cut into chunks, LF or CRLF', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 20 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 10 }),
        (lines, eol, cuts) => {
          const text = lines.map((l) => `${l}${eol}`).join('')
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
          const seen: string[] = []
          const push = createLineSplitter((l) => seen.push(l))
          let from = 0
          for (const at of [...points, text.length]) {
            push(text.slice(from, at))
            from = at
          }
          expect(seen).toEqual(lines)
        },
      ),
      runs,
    )
  })

  it(`drops a line longer than ${MAX_LINE} characters whole, and keeps the lines around it`, () => {
    fc.assert(
      fc.property(line, fc.integer({ min: MAX_LINE + 1, max: 3 * MAX_LINE }), line, (a, n, b) => {
        const seen: string[] = []
        const push = createLineSplitter((l) => seen.push(l))
        const long = 'x'.repeat(n)
        for (let i = 0; i < long.length; i += 1000) push(long.slice(i, i + 1000))
        push(`\n${a}\n${b}\n`)
        expect(seen).toEqual([a, b])
      }),
      { ...runs, numRuns: 500 },
    )
  })
})
