// Child process for the kill test: writes two different profile books in turn, as fast as it can,
// until it is killed. Prints "ready" after the first complete write.
import { createProfileStore } from '../../src/node/profile-store'
import type { ProfileBook } from '../../src/shared/profile/schema'
import { fakeCipher } from './fake-cipher'
import { usProfile } from './profiles'

const dir = process.argv[2] ?? '.'
const store = createProfileStore(dir, fakeCipher())
const book = (tag: string): ProfileBook => ({
  schema: 3,
  activeId: 'p0',
  profiles: Array.from({ length: 10 }, (_, i) => ({
    ...usProfile(),
    id: `p${i}`,
    label: `${tag}-${i}`,
    billing: { ...usProfile().billing, line1: `${tag} ${'x'.repeat(100)}` },
  })),
})
const books = [book('old'), book('new')]
let n = 0
await store.save(books[0] as ProfileBook)
process.stdout.write('ready\n')
for (;;) await store.save(books[++n % 2] as ProfileBook)
