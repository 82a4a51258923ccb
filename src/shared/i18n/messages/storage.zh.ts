/** The files PayLight keeps: their state, files moved aside, and why a save failed (简体中文, the reference table). */
export const storageZh = {
  'storage.title': '数据文件',
  'storage.basicText':
    '注意：此系统没有可用的密钥环，卡片资料只用内置密钥加密（basic_text），保护较弱。安装并解锁 GNOME Keyring 或 KWallet 可改善。',
  'storage.unavailable': '系统没有可用的加密存储，卡片资料暂时无法保存。',
  'storage.name.profiles': '卡片资料',
  'storage.name.settings': '设置',
  'storage.name.session': '付款会话',
  'storage.name.cooldown': '冷却状态',
  'storage.name.declines': '被拒记录',
  'storage.name.history': '出口历史',
  'storage.name.attempt': '检查清单勾选',
  'storage.name.other': '数据文件 {file}',
  'storage.status.unreadable':
    '{name}文件存在但无法读取（{code}）。为避免覆盖，暂停保存。请检查文件权限后重试，或将其移到一旁并重新开始。',
  'storage.status.link':
    '{name}：这个文件被换成了指向别处的链接。PayLight 从不通过链接读写，已暂停保存。请删除链接，或移到一旁重新开始。',
  'storage.status.locked':
    '钥匙串暂不可用，{name}文件保持原样、暂不保存。解锁系统钥匙串后会自动重试，也可以点“重试”。',
  'storage.status.lockedDecrypt':
    '钥匙串暂时无法解密{name}（可能尚未解锁，或文件来自另一台电脑）。文件保持原样、暂不保存；可重试，或将其移到一旁并重新开始。',
  'storage.movedAside': '{name}的旧文件已移到一旁：{file}（{reason}，{at}）',
  'storage.reason.corrupt': '文件已损坏',
  'storage.reason.future-version': '由更新版本的 PayLight 写入',
  'storage.reason.invalid': '内容无效',
  'storage.reason.undecryptable': '无法解密',
  'storage.reason.unsupported': '旧版本移出',
  'storage.reason.replaced': '恢复其他文件时移出',
  'storage.reason.discarded': '重新开始时移出',
  'storage.retry': '重试',
  'storage.startFresh': '移到一旁并重新开始',
  'storage.restore': '恢复',
  'storage.error.blocked-unreadable': '文件无法读取，为避免覆盖未保存',
  'storage.error.blocked-locked': '钥匙串暂不可用，未保存',
  'storage.error.no-space': '磁盘已满，未保存；原文件没有变化',
  'storage.error.read-only': '磁盘为只读，未保存；原文件没有变化',
  'storage.error.no-permission': '没有写入权限，未保存；原文件没有变化',
  'storage.error.encryption-unavailable': '系统加密不可用，卡片资料未保存',
  'storage.error.invalid': '所选文件无法通过校验，没有做任何改动',
  'storage.error.invalidBecause': '所选文件无法恢复（{reason}），没有做任何改动',
  'storage.error.unreadableBecause': '所选文件无法恢复：读不出来（{code}），没有做任何改动',
  'storage.error.not-found': '找不到所选文件',
  'storage.error.other-instance': '没有保存：另一个 PayLight 正在使用这个数据文件夹，这一个只读',
  'storage.readOnly':
    '另一个 PayLight（进程 {pid}，自 {since} 起）正在使用这个数据文件夹，所以这一个只读、不保存任何改动：在这里改的内容会丢失。请退出这一个、使用另一个，或退出另一个后重新打开这一个。',
  'storage.error.write-failed': '写入失败，未保存；原文件没有变化',
  'storage.lastError': '{name}：{error}',
} as const
