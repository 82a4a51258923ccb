import { createLinkOpener, isAllowedExternalUrl } from '../../../src/main/open-external'

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://help.openai.com/en/articles/1',
    'https://chatgpt.com/#settings',
    'https://platform.openai.com/settings/organization/billing',
    // The merchants' edge traces, for checking the browser's own exit.
    'https://chatgpt.com/cdn-cgi/trace',
    'https://api.openai.com/cdn-cgi/trace',
    'https://claude.ai/cdn-cgi/trace',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true))

  it.each([
    'http://help.openai.com/',
    'https://evil.example/',
    'https://help.openai.com.evil.example/',
    'https://user:pw@help.openai.com/',
    'https://help.openai.com:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
    42,
    null,
    `https://help.openai.com/${'a'.repeat(600)}`,
    // A trace page opens only as itself: the rest of its host stays closed.
    'https://claude.ai/',
    'https://claude.ai/login',
    'https://claude.ai/cdn-cgi/trace?x=1',
    'https://claude.ai/cdn-cgi/trace#x',
    'https://claude.ai/cdn-cgi/trace/more',
    'https://api.openai.com/v1/models',
    'http://claude.ai/cdn-cgi/trace',
    'https://claude.ai.evil.example/cdn-cgi/trace',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false))
})

describe('createLinkOpener', () => {
  it('opens allowed URLs and never passes refused ones to the OS', async () => {
    const opened: string[] = []
    const open = createLinkOpener(async (url) => void opened.push(url))
    await expect(open('https://help.openai.com/x')).resolves.toEqual({ ok: true })
    await expect(open('https://evil.example/')).resolves.toEqual({ ok: false })
    expect(opened).toEqual(['https://help.openai.com/x'])
  })
})
