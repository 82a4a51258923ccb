import type { NoticeRecord } from '../../src/shared/contract/notices'

/** A kept notice about an exit change, delivered; tests name it and change what they need. */
export function noticeRecord(id: string, patch: Partial<NoticeRecord> = {}): NoticeRecord {
  return {
    id,
    title: { zh: '出口变化', en: 'Exit changed' },
    body: { zh: '商户线路', en: 'Merchant route' },
    page: 'status',
    at: '2026-11-25T10:00:00.000Z',
    delivered: true,
    ...patch,
  }
}
