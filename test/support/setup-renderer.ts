import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { useNavigation } from '../../src/renderer/src/navigation'
import { useProfileForm } from '../../src/renderer/src/profile/profile-store'
import { useAppStore } from '../../src/renderer/src/store/app-store'
import { useDesktopStore } from '../../src/renderer/src/store/desktop-store'
import { removeBridge } from './renderer-bridge'

beforeEach(() => {
  useAppStore.getState().reset()
  useProfileForm.getState().reset()
  useNavigation.getState().reset()
  useDesktopStore.getState().reset()
})

afterEach(() => {
  cleanup()
  removeBridge()
})
