import { monitorPath } from '../../../../src/main/network-watch/spawn-monitor'

describe('monitorPath', () => {
  it("adds the system folders a desktop session's PATH may lack, after the user's own", () => {
    expect(monitorPath('/home/me/bin:/usr/bin', 'linux')).toBe(
      '/home/me/bin:/usr/bin:/usr/sbin:/sbin:/bin',
    )
    expect(monitorPath(undefined, 'darwin')).toBe('/usr/sbin:/sbin:/usr/bin:/bin')
  })

  it('leaves Windows alone', () => {
    expect(monitorPath('C:\\Windows\\System32', 'win32')).toBe('C:\\Windows\\System32')
  })
})
