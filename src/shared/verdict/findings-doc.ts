import { findingCatalogue, findingIds, type FindingId } from './finding-catalogue'
import { findingDescriptions } from './finding-descriptions'

const intro = `# Findings: ids, severities and what they mean

<!-- Generated from src/shared/verdict/finding-catalogue.ts; test/unit/shared/findings-doc.test.ts
fails when this file and the catalogue differ. To regenerate:
npx tsx -e "import('./src/shared/verdict/findings-doc.ts').then((m) => process.stdout.write(m.findingsMarkdown()))" > docs/findings.md && npx prettier --write docs/findings.md -->

\`evaluate(profile, observation, context)\` returns a light and a list of findings. The light is the
worst finding: any **red** finding makes it red, else a running cool-down (**wait**) makes it the
cool-down's own light, else any **grey** finding makes it grey, else any **yellow** makes it yellow;
**info** never changes it. Grey is what is left when nothing can be said: a known fault or a
cool-down shows whatever else is unknown. Green only when every comparison was made on fresh
evidence and passed (an empty list, or information only).

The network before the card: the checks that need no card (an exit in a region the merchant does
not serve, routing, stability, who runs the exit) run with or without a profile, so an exit in
China is red on first launch; the comparisons with the card and the billing address need one.
Each finding carries a message and a headline, the few words after the light in the window's
header and the tray ("红灯 · IPv6 出口在中国").

Network comparisons use the **payment exit**: the merchant-route exit (what \`chatgpt.com\`'s edge
saw) when observed, else the IPv6 exit, else the IPv4 exit. Its country is the consensus of its
witnesses (edge \`loc=\`, offline database, online cross-check; ties go to the merchant's edge).
`

const outro = `Card and address findings are listed even while the network evidence is not fresh, so they can be
fixed meanwhile; network findings are only computed on fresh evidence. Every finding carries its
evidence and a message in Chinese and English; an **info** finding points at no checklist step.
`

const row = (id: FindingId) => {
  const { severities, step } = findingCatalogue[id]
  const { when, severityNote } = findingDescriptions[id]
  return `| \`${id}\` | ${severityNote ?? severities.join(', ')} | ${when} | ${step ?? '—'} |`
}

/** docs/findings.md as the catalogue says it should read, so the two cannot drift apart. */
export function findingsMarkdown(): string {
  const table = [
    '| id | severity | when | fix step |',
    '| --- | --- | --- | --- |',
    ...findingIds.map(row),
  ]
  return `${intro}\n${table.join('\n')}\n\n${outro}`
}
