import type { Light } from '../verdict/light'
import type { MessageKey, MessageParams } from './translate'

/**
 * A light change in the history as a message: "转为绿灯 / Light turned green"; the cool-down is not a
 * colour the light turns, so it reads as the cool-down beginning.
 */
export function lightEventMessage(to: Light): {
  readonly message: MessageKey
  readonly params?: MessageParams
} {
  return to === 'wait'
    ? { message: 'history.event.light.wait' }
    : { message: 'history.event.light', params: { light: { message: `session.light.${to}` } } }
}
