import { fileDialogs } from '../../../../src/main/setup/setup-dialogs'

function fakeDialog(save: { canceled: boolean; filePath: string }, open: string[]) {
  return {
    showSaveDialog: vi.fn(async () => save),
    showOpenDialog: vi.fn(async () => ({ canceled: open.length === 0, filePaths: open })),
  }
}

describe('fileDialogs', () => {
  it('returns the chosen files, offering JSON only', async () => {
    const dialog = fakeDialog({ canceled: false, filePath: '/tmp/p.json' }, ['/tmp/in.json'])
    const files = fileDialogs(dialog)
    await expect(files.chooseExportFile()).resolves.toBe('/tmp/p.json')
    await expect(files.chooseImportFile()).resolves.toBe('/tmp/in.json')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'JSON', extensions: ['json'] }] }),
    )
  })

  it('treats a cancelled dialog (Electron answers with an empty path) as no file', async () => {
    const files = fileDialogs(fakeDialog({ canceled: true, filePath: '' }, []))
    await expect(files.chooseExportFile()).resolves.toBeNull()
    await expect(files.chooseImportFile()).resolves.toBeNull()
  })
})
