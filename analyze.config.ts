import config from './electron.vite.config'
const c: any = config
c.renderer.plugins.push({
  name: 'analyze',
  generateBundle(this: any) {
    const rel = (id: string) => id.replace(process.cwd(), '')
    const ids: string[] = [...this.getModuleIds()]
    const zodUsers = ids.filter((id) => !id.includes('node_modules') && this.getModuleInfo(id).importedIds.some((d: string) => d.includes('node_modules/zod')))
    for (const id of zodUsers) {
      // chain up to a renderer file
      let chain = [rel(id)]; let cur = id; const seen = new Set([id])
      while (!cur.includes('/src/renderer/')) {
        const imp = this.getModuleInfo(cur).importers.find((x: string) => !seen.has(x))
        if (!imp) break
        seen.add(imp); chain.push(rel(imp)); cur = imp
      }
      console.log('ZOD', chain.join(' <- '))
      console.log('    importers of', rel(id), this.getModuleInfo(id).importers.map(rel).join(', '))
    }
  },
})
export default c
