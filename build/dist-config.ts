// What `npm run dist` hands electron-builder: electron-builder.json, plus what only the person
// building knows — the Linux package's maintainer and homepage, and where updates are published.
// Pure, so a test validates every variant against electron-builder's own schema.

/** The package.json fields electron-builder reads for Linux packages. */
export interface PackageMeta {
  readonly homepage?: string
  readonly author?: string | { readonly name?: string; readonly email?: string }
}

/** A publish target electron-updater reads back from the app-update.yml it writes. */
export type PublishTarget =
  | {
      readonly provider: 'github'
      readonly owner: string
      readonly repo: string
      readonly releaseType: 'draft'
    }
  | { readonly provider: 'generic'; readonly url: string }

/** The environment variables `npm run dist` reads. */
export const DIST_ENV = {
  maintainer: 'PAYLIGHT_MAINTAINER',
  homepage: 'PAYLIGHT_HOMEPAGE',
  github: 'PAYLIGHT_PUBLISH_GITHUB',
  url: 'PAYLIGHT_PUBLISH_URL',
} as const

const MAINTAINER = /^[^<>]+ <[^<>\s@]+@[^<>\s@]+>$/

/** "Name <email>" from the environment or package.json's author, or null. */
export function maintainerOf(meta: PackageMeta, env: NodeJS.ProcessEnv): string | null {
  const fromEnv = env[DIST_ENV.maintainer]?.trim()
  if (fromEnv) return MAINTAINER.test(fromEnv) ? fromEnv : null
  const author = meta.author
  if (typeof author === 'string') return MAINTAINER.test(author.trim()) ? author.trim() : null
  return author?.name && author.email ? `${author.name} <${author.email}>` : null
}

/** The project's web page from the environment or package.json, when it is an https URL. */
export function homepageOf(meta: PackageMeta, env: NodeJS.ProcessEnv): string | null {
  const page = env[DIST_ENV.homepage]?.trim() || meta.homepage
  return page && /^https:\/\/[^\s]+$/.test(page) ? page : null
}

/** Where updates are published: GitHub Releases of owner/repo, or a plain https folder; else none. */
export function publishOf(env: NodeJS.ProcessEnv): PublishTarget | null {
  const github = /^([\w.-]+)\/([\w.-]+)$/.exec(env[DIST_ENV.github]?.trim() ?? '')
  if (github?.[1] && github[2])
    return { provider: 'github', owner: github[1], repo: github[2], releaseType: 'draft' }
  const url = env[DIST_ENV.url]?.trim()
  return url && /^https:\/\/[^\s]+$/.test(url) ? { provider: 'generic', url } : null
}

/**
 * The configuration for this build and what to tell the person building. A Linux build without a
 * maintainer e-mail or homepage (a newcomer's) builds the AppImage only — electron-builder refuses
 * a .deb without them — and says how to get the .deb. A build without a publish target has no
 * app-update.yml, so the app never checks for updates, and says so.
 */
export function distConfig(
  base: { readonly linux: { readonly target: readonly string[] } },
  meta: PackageMeta,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): { config: Record<string, unknown>; notes: string[] } {
  const notes: string[] = []
  const maintainer = maintainerOf(meta, env)
  const homepage = homepageOf(meta, env)
  const publish = publishOf(env)
  let linux: Record<string, unknown> = { ...base.linux }
  if (maintainer) linux = { ...linux, maintainer }
  if (platform === 'linux' && (!maintainer || !homepage)) {
    linux = { ...linux, target: base.linux.target.filter((t) => t !== 'deb') }
    notes.push(
      `Building the AppImage only: a .deb needs a maintainer e-mail and a homepage. Set ${DIST_ENV.maintainer}="Name <you@example.org>" and ${DIST_ENV.homepage}=https://… (or "author" and "homepage" in package.json). ` +
        `只构建 AppImage：.deb 需要维护者邮箱和主页，请设置 ${DIST_ENV.maintainer} 和 ${DIST_ENV.homepage}。`,
    )
  }
  if (!publish)
    notes.push(
      `No publish target: this build will not check for updates. Set ${DIST_ENV.github}=owner/repo (GitHub Releases) or ${DIST_ENV.url}=https://… to enable them. ` +
        `未配置发布地址：此版本不会检查更新。`,
    )
  // The editor's schema hint is no build option.
  const rest: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  delete rest['$schema']
  return {
    config: {
      ...rest,
      linux,
      ...(homepage ? { extraMetadata: { homepage } } : {}),
      publish: publish ? [publish] : null,
    },
    notes,
  }
}
