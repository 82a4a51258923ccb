import { exitCodeFor, figure, formatJson, formatTable } from '../../../bench/figures'

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

  it('fails a run that measured nothing', () => {
    expect(exitCodeFor([])).toBe(1)
  })

  it('prints JSON with name, value, unit, target and pass for each figure', () => {
    const parsed = JSON.parse(formatJson([figure('look-up', 1.4, 'µs', { max: 2 })])) as unknown
    expect(parsed).toEqual({
      figures: [{ name: 'look-up', value: 1.4, unit: 'µs', target: '≤ 2 µs', pass: true }],
    })
  })
})
