import { existsSync } from 'node:fs'
import path from 'node:path'
import { trayIconFiles, trayLights, trayThemes } from '../tray/tray-icons'

/** The offline IP → country database shipped in resources/. */
export const GEO_DB_FILE = 'geo-whois-asn-country.mmdb'
/** The second offline IP → country database (iptoasn-country), a witness of its own. */
export const SECOND_GEO_DB_FILE = 'iptoasn-country.mmdb'
/** The offline IP → network owner table shipped in resources/. */
export const ASN_DB_FILE = 'asn.bin'

/**
 * Where the shipped resources are: beside the app in a packaged build (electron-builder's
 * extraResources land in `process.resourcesPath`), in the project's resources/ otherwise.
 */
export function resourcesDir(isPackaged: boolean, resourcesPath: string, appPath: string): string {
  return isPackaged ? resourcesPath : path.join(appPath, 'resources')
}

/** Every file this platform's build reads from resources/: data files and its tray icons. */
export function shippedResources(platform: NodeJS.Platform): readonly string[] {
  const icons = trayLights.flatMap((light) =>
    trayThemes.flatMap((theme) => {
      const files = trayIconFiles(light, theme)
      return platform === 'win32' ? [files.ico] : [files.x1, files.x2]
    }),
  )
  const template = platform === 'darwin' ? ['greyTemplate.png', 'greyTemplate@2x.png'] : []
  return [
    GEO_DB_FILE,
    SECOND_GEO_DB_FILE,
    ASN_DB_FILE,
    ...[...icons, ...template].map((f) => path.join('tray', f)),
  ]
}

/** The shipped files that are missing: a broken package shows up in the log at start, by name. */
export function missingResources(
  dir: string,
  platform: NodeJS.Platform,
  exists: (file: string) => boolean = existsSync,
): readonly string[] {
  return shippedResources(platform).filter((file) => !exists(path.join(dir, file)))
}
