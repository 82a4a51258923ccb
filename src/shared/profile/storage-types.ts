/** How the profile is protected at rest, as the UI must tell the user. */
export type Protection = 'os-keychain' | 'basic-text' | 'unavailable'
