/** How the profile is protected at rest, as the UI must tell the user. */
export type Protection = 'os-keychain' | 'basic-text' | 'unavailable'

/** Something the user must be told about the stored profile. */
export interface StorageNotice {
  readonly kind: 'moved-aside'
  readonly file: string
  readonly reason: 'corrupt' | 'undecryptable' | 'unsupported'
}
