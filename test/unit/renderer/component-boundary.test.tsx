describe('the components', () => {
  // Components reach main only through store actions, so every refusal is handled in one place.
  const sources = import.meta.glob<string>(
    [
      '../../../src/renderer/src/**/*.tsx',
      '../../../src/renderer/src/use-*.ts',
      // The entry point hands the bridge to initSubscriptions: that is its job.
      '!../../../src/renderer/src/main.tsx',
    ],
    { query: '?raw', import: 'default', eager: true },
  )

  it('are found by the check below', () => {
    expect(Object.keys(sources)).toContain('../../../src/renderer/src/profile/ProfileToolbar.tsx')
    expect(Object.keys(sources).length).toBeGreaterThan(15)
  })

  it.each(Object.entries(sources))('%s never calls window.paylight itself', (_file, source) => {
    expect(source).not.toMatch(/window\.paylight/)
  })
})
