import path from 'node:path'
import {
  missingResources,
  resourcesDir,
  shippedResources,
} from '../../../../src/main/setup/setup-resources'

describe('shipped resources', () => {
  it('come from process.resourcesPath when packaged, from the project otherwise', () => {
    expect(resourcesDir(true, '/opt/PayLight/resources', '/opt/PayLight/resources/app.asar')).toBe(
      '/opt/PayLight/resources',
    )
    expect(resourcesDir(false, '/electron/resources', '/src/paylight')).toBe(
      path.join('/src/paylight', 'resources'),
    )
  })

  it("are all present in this repository's resources/ for every platform", () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const)
      expect(missingResources('resources', platform)).toEqual([])
  })

  it('name each platform its own icons: .ico on Windows, the template on macOS', () => {
    expect(shippedResources('win32')).toContain(path.join('tray', 'red-dark.ico'))
    expect(shippedResources('win32').some((f) => f.endsWith('.png'))).toBe(false)
    expect(shippedResources('darwin')).toContain(path.join('tray', 'greyTemplate.png'))
    expect(shippedResources('linux')).not.toContain(path.join('tray', 'greyTemplate.png'))
    expect(missingResources('/nowhere', 'linux', () => false)).toEqual(shippedResources('linux'))
  })
})
