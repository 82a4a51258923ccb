import type { storageZh } from './storage.zh'

/** The files PayLight keeps, in English. */
export const storageEn: Readonly<Record<keyof typeof storageZh, string>> = {
  'storage.title': 'Data files',
  'storage.basicText':
    'Note: this system has no keyring, so the profile is encrypted with a built-in key only (basic_text), which protects it less. Installing and unlocking GNOME Keyring or KWallet improves this.',
  'storage.unavailable':
    'This system offers no encrypted storage right now, so the profile cannot be saved.',
  'storage.name.profiles': 'Card profiles',
  'storage.name.settings': 'Settings',
  'storage.name.session': 'Payment session',
  'storage.name.cooldown': 'Cool-down',
  'storage.name.declines': 'Decline log',
  'storage.name.history': 'Exit history',
  'storage.name.attempt': 'Checklist ticks',
  'storage.name.other': 'Data file {file}',
  'storage.status.unreadable':
    '{name}: the file exists but cannot be read ({code}). Saving is paused so it is not overwritten. Check its permissions and retry, or move it aside and start fresh.',
  'storage.status.link':
    '{name}: the file has been replaced by a link to another place. PayLight never reads or writes through a link, so saving is paused. Remove the link, or move it aside and start fresh.',
  'storage.status.locked':
    'The keychain is not available yet: {name} is kept as it is and nothing is saved. PayLight retries once the keychain is unlocked; you can also press Retry.',
  'storage.status.lockedDecrypt':
    'The keychain could not decrypt {name} (still locked, or the file comes from another computer). The file is kept as it is and nothing is saved; retry, or move it aside and start fresh.',
  'storage.movedAside': '{name}: an old file was moved aside: {file} ({reason}, {at})',
  'storage.reason.corrupt': 'damaged',
  'storage.reason.future-version': 'written by a newer PayLight',
  'storage.reason.invalid': 'invalid content',
  'storage.reason.undecryptable': 'could not be decrypted',
  'storage.reason.unsupported': 'set aside by an older version',
  'storage.reason.replaced': 'set aside when another file was restored',
  'storage.reason.discarded': 'set aside to start fresh',
  'storage.retry': 'Retry',
  'storage.startFresh': 'Move aside and start fresh',
  'storage.restore': 'Restore',
  'storage.error.blocked-unreadable':
    'Not saved: the file cannot be read, so it is not overwritten',
  'storage.error.blocked-locked': 'Not saved: the keychain is not available',
  'storage.error.no-space': 'Not saved: the disk is full; the file is unchanged',
  'storage.error.read-only': 'Not saved: the disk is read-only; the file is unchanged',
  'storage.error.no-permission': 'Not saved: no permission to write; the file is unchanged',
  'storage.error.encryption-unavailable':
    'Not saved: the system offers no encryption for card data',
  'storage.error.invalid': 'The chosen file did not pass validation; nothing was changed',
  'storage.error.invalidBecause':
    'The chosen file cannot be restored ({reason}); nothing was changed',
  'storage.error.unreadableBecause':
    'The chosen file cannot be restored: it cannot be read ({code}); nothing was changed',
  'storage.error.not-found': 'The chosen file was not found',
  'storage.error.write-failed': 'Not saved: writing failed; the file is unchanged',
  'storage.error.other-instance':
    'Not saved: another PayLight is using this data folder, so this one only reads it',
  'storage.readOnly':
    'Another PayLight (process {pid}, since {since}) is using this data folder, so this one only reads it and saves nothing: your changes here would be lost. Quit this copy and use the other, or quit the other and start this one again.',
  'storage.lastError': '{name}: {error}',
}
