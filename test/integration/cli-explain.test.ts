import { runCli } from '../support/run-cli'

describe('npm run check -- --explain', { timeout: 40_000 }, () => {
  it('answers in Chinese when the locale is Chinese', async () => {
    const { code, stdout } = await runCli(['--explain', '您的卡被拒绝了。'], {
      LANG: 'zh_CN.UTF-8',
    })
    expect(code).toBe(0)
    expect(stdout).toContain('卡被拒绝（原因未说明）')
    expect(stdout).toContain('不要马上重试')
  })

  it('prints JSON in the forced language and exits 0', async () => {
    const { code, stdout } = await runCli(['--explain', 'do_not_honor', '--json', '--lang', 'en'], {
      LANG: 'zh_CN.UTF-8',
    })
    expect(code).toBe(0)
    const answer = JSON.parse(stdout) as { matches: { id: string; title: string }[] }
    expect(answer.matches[0]).toMatchObject({
      id: 'card-declined',
      title: 'Card declined (no reason given)',
    })
  })

  it('exits 1 when nothing matched', async () => {
    const { code, stdout } = await runCli(['--explain', 'Payment succeeded'])
    expect(code).toBe(1)
    expect(stdout).toContain('not recognised')
  })
})
