import {
  belowFloor,
  exitCodeFor,
  figure,
  formatJson,
  formatTable,
  info,
} from '../../../bench/figures'

describe('bench figures', () => {
  it('passes a figure within its target and fails one outside it', () => {
    expect(figure('open', 12, 'ms', { max: 50 }).pass).toBe(true)
    expect(figure('open', 50, 'ms', { max: 50 }).pass).toBe(true)
    expect(figure('open', 50.01, 'ms', { max: 50 }).pass).toBe(false)
    expect(figure('hits', 10_000, 'IPs', { min: 10_000 }).pass).toBe(true)
    expect(figure('hits', 9_999, 'IPs', { min: 10_000 }).pass).toBe(false)
  })

  it('never passes a value that is not a number', () => {
    expect(figure('x', Number.NaN, 'ms', { max: 1 }).pass).toBe(false)
    expect(figure('x', Number.POSITIVE_INFINITY, 'ms', { min: 1 }).pass).toBe(false)
  })

  it.each([
    [-1, 0],
    [0, 0],
    [1e-9, 0],
    [2047.9, 2048],
    [2048.1, 2048],
    [-5, -4],
  ])('compares %d with the bound %d both ways', (value, bound) => {
    expect(figure('f', value, 'u', { max: bound }).pass).toBe(value <= bound)
    expect(figure('f', value, 'u', { min: bound }).pass).toBe(value >= bound)
  })

  it('exits 0 when every target is met and 1 when one is tightened past the measured value', () => {
    const measured = [
      figure('offline DB open', 12.5, 'ms', { max: 50 }),
      figure('bytes per probe', 1671, 'B', { max: 2048 }),
    ]
    expect(exitCodeFor(measured)).toBe(0)
    const tightened = [measured[0]!, figure('bytes per probe', 1671, 'B', { max: 1024 })]
    expect(exitCodeFor(tightened)).toBe(1)
    expect(formatTable(tightened)).toMatch(/bytes per probe +1671 B +≤ 1024 B +NO/)
    expect(formatTable(tightened)).toContain('1 of 2 targets missed')
    expect(formatTable(measured)).toMatch(/offline DB open +12\.5 ms +≤ 50 ms +yes/)
  })

  it('fails a run that measured nothing, or nothing with a target', () => {
    expect(exitCodeFor([])).toBe(1)
    expect(exitCodeFor([info('client CPU', 3.2, 'ms')])).toBe(1)
  })

  it('shows information rows without a target: they neither pass nor fail the run', () => {
    const rows = [
      info('client CPU', 3.2, 'ms'),
      figure('client CPU above the floor', 0.9, 'ms', { max: 1.5 }),
      figure('bytes', 9000, 'B', { max: 6144 }),
    ]
    const table = formatTable(rows)
    expect(table).toMatch(/client CPU +3\.20 ms +none \(information\) +—/)
    expect(table).toContain('1 of 2 targets missed')
    expect(exitCodeFor(rows.slice(0, 2))).toBe(0)
    expect(exitCodeFor(rows)).toBe(1)
  })

  it('prints JSON with name, value, unit, target and pass for each figure', () => {
    const parsed = JSON.parse(formatJson([figure('look-up', 1.4, 'µs', { max: 2 })])) as unknown
    expect(parsed).toEqual({
      figures: [{ name: 'look-up', value: 1.4, unit: 'µs', target: '≤ 2 µs', pass: true }],
    })
  })
})

describe('figures below the platform floor', () => {
  const probe = (value: number) => figure('probe CPU', value, 'ms', { max: 1 })

  it('leaves a met figure, or one whose floor is within the target, as it was', () => {
    expect(belowFloor(probe(0.8), 1, 1.3)).toEqual(probe(0.8))
    expect(belowFloor(probe(1.2), 1, 0.9)).toEqual(probe(1.2))
    expect(belowFloor(probe(1.2), 1, Number.NaN)).toEqual(probe(1.2))
    expect(exitCodeFor([belowFloor(probe(1.2), 1, 0.9)])).toBe(1)
  })

  it('counts the allowance above the floor: a target the floor plus allowance fits still binds', () => {
    expect(belowFloor(probe(1.2), 1, 0.5, 0.5)).toEqual(probe(1.2))
    expect(belowFloor(probe(1.2), 1, 0.6, 0.5)).toMatchObject({ pass: false, floor: 0.6 })
  })

  it('reports an unmet figure with its floor and does not fail the run on it alone', () => {
    const floored = belowFloor(probe(2.2), 1, 1.31)
    expect(floored).toMatchObject({ pass: false, floor: 1.31 })
    const above = figure('client above the floor', 0.89, 'ms', { max: 1 })
    expect(exitCodeFor([floored, above])).toBe(0)
    expect(formatTable([floored, above])).toMatch(/probe CPU +2\.20 ms +≤ 1 ms +no, floor 1\.31 ms/)
    expect(formatTable([floored, above])).toContain(
      "every target met; 1 more below the platform's own floor",
    )
  })

  it('still fails the run when the share above the floor misses its own target', () => {
    const floored = belowFloor(probe(2.6), 1, 1.31)
    const above = figure('client above the floor', 1.29, 'ms', { max: 1 })
    expect(exitCodeFor([floored, above])).toBe(1)
    expect(formatTable([floored, above])).toContain('1 of 2 targets missed; 1 more below')
  })
})
