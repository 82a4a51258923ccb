import { render, screen } from '@testing-library/react'
import { ExitCard } from '../../../src/renderer/src/components/ExitCard'
import { useAppStore } from '../../../src/renderer/src/store/app-store'
import type { CountryCode } from '../../../src/shared/geo/country'
import type { Exit } from '../../../src/shared/monitor/observation'
import { sampleAppState } from '../../support/app-state'
import { exitOf } from '../../support/observations'

const vultr: Exit = {
  ...exitOf('merchant', '45.32.1.1', 'US'),
  network: {
    asn: 20473,
    org: 'The Constant Company, LLC',
    kind: 'hosting',
    reason: 'known-hosting',
    witnesses: [
      { by: 'local-db', kind: 'local-db', asn: 20473, org: 'The Constant Company, LLC' },
      { by: 'ipapi.co', kind: 'online', asn: 64500, org: 'Other' },
    ],
    agreement: 'disagree',
  },
}

describe('ExitCard', () => {
  beforeEach(() =>
    useAppStore.setState({ app: { ...sampleAppState(Date.now(), 'zh'), revision: 1 } }),
  )
  afterEach(() => useAppStore.getState().reset())

  it('shows who runs the exit, its kind as a warning, and an online answer that disagrees', () => {
    render(<ExitCard route="merchant" exit={vultr} />)
    const line = screen.getByText(/^AS20473 /)
    expect(line).toHaveTextContent(
      'AS20473 The Constant Company, LLC · 托管/数据中心 · ipapi.co 说是 AS64500 Other',
    )
    expect(line).toHaveClass('warn')
  })

  it('names its witnesses as a user reads them, not by their internal names', () => {
    const exit: Exit = {
      ...exitOf('ipv6', '240e::1', 'CN'),
      witnesses: ['cf-v6', 'chatgpt', 'local-db', 'my-trace'].map((by) => ({
        by,
        kind: by === 'local-db' ? 'local-db' : 'edge',
        country: 'CN' as CountryCode,
      })),
      otherIps: [{ ip: '240e::2', seenBy: ['cf-v6', 'openai-api'] }],
    }
    render(<ExitCard route="ipv6" exit={exit} />)
    const lines = screen.getAllByRole('listitem').map((li) => li.textContent)
    expect(lines).toEqual([
      'Cloudflare（IPv6）：中国 CN',
      'ChatGPT 边缘节点：中国 CN',
      '本地数据库：中国 CN',
      '边缘节点 my-trace：中国 CN',
    ])
    expect(screen.getByText(/同一线路上还出现过/)).toHaveTextContent(
      '同一线路上还出现过：240e::2（Cloudflare（IPv6）、OpenAI API 边缘节点）',
    )
  })

  it('says the owner is unknown, without alarm, when nobody knew', () => {
    render(<ExitCard route="ipv4" exit={exitOf('ipv4', '192.0.2.1', 'US')} />)
    expect(screen.getByText('网络归属未知')).toHaveClass('muted')
  })
})
