import type { Dialog } from 'electron'
import type { FileChooser } from '../features/profiles/profiles-feature'

const jsonFilter = [{ name: 'JSON', extensions: ['json'] }]

/** Export and import file pickers over Electron's dialogs; cancelling means null. */
export function fileDialogs(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
): FileChooser {
  return {
    chooseExportFile: async () => {
      const chosen = await dialog.showSaveDialog({
        defaultPath: 'paylight-profiles.json',
        filters: jsonFilter,
      })
      // Electron answers a cancelled save with an empty path, not a missing one.
      return chosen.canceled || chosen.filePath === '' ? null : chosen.filePath
    },
    chooseImportFile: async () =>
      (await dialog.showOpenDialog({ properties: ['openFile'], filters: jsonFilter }))
        .filePaths[0] ?? null,
  }
}
