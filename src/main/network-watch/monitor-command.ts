import {
  readIpMonitorLine,
  readNetworkChangeLine,
  readRouteMonitorLine,
  type NoticeReader,
} from './notice-lines'

/**
 * Windows: a PowerShell host waits on .NET's `NetworkChange` events (the system's address-change
 * notification) and prints each one's name. Once a minute without events it checks that PayLight
 * still runs, so it never outlives a crashed app by more than that.
 */
export function windowsWatcherScript(parentPid: number): string {
  const wait = [
    '$e = Wait-Event -Timeout 60',
    'if ($e) { [Console]::Out.WriteLine($e.SourceIdentifier); [Console]::Out.Flush(); Remove-Event -EventIdentifier $e.EventIdentifier }',
    // `elseif` continues the `if` statement: no separator before it.
    `elseif (-not (Get-Process -Id ${Math.trunc(parentPid)} -ErrorAction SilentlyContinue)) { exit }`,
  ]
  return [
    '$type = [System.Net.NetworkInformation.NetworkChange]',
    '$null = Register-ObjectEvent -InputObject $type -EventName NetworkAddressChanged -SourceIdentifier address',
    '$null = Register-ObjectEvent -InputObject $type -EventName NetworkAvailabilityChanged -SourceIdentifier availability',
    `while ($true) { ${wait[0]}; ${wait[1]} ${wait[2]} }`,
  ].join('; ')
}

/** The command that reports network changes on a platform, and how to read its lines. */
export interface MonitorCommand {
  readonly command: string
  readonly args: readonly string[]
  readonly read: NoticeReader
}

/** Per platform: netlink through iproute2, the routing socket, NetworkChange; none elsewhere. */
export function monitorCommand(
  platform: NodeJS.Platform,
  parentPid: number,
): MonitorCommand | null {
  switch (platform) {
    case 'linux':
      return {
        command: 'ip',
        args: ['-o', 'monitor', 'label', 'link', 'address'],
        read: readIpMonitorLine,
      }
    case 'darwin':
      return { command: '/sbin/route', args: ['-n', 'monitor'], read: readRouteMonitorLine }
    case 'win32':
      return {
        command: 'powershell.exe',
        args: [
          '-NoLogo',
          '-NoProfile',
          '-NonInteractive',
          '-Command',
          windowsWatcherScript(parentPid),
        ],
        read: readNetworkChangeLine,
      }
    default:
      return null
  }
}
