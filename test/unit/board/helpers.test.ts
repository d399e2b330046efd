/** The board's small helpers: double clicks, edge scrolling, the camera's maths. */
import { describe, expect, it } from 'vitest'
import { fitRect, panBy, revealRect, toScreen, toWorld, zoomAround, zoomStep } from '../../../renderer/board/camera/camera'
import { ClickCounter } from '../../../renderer/board/input/click-counter'
import { edgeScroll } from '../../../renderer/board/input/edge-scroller'

describe('click counter', () => {
  it('two clean releases close in time and place make a double click; a third starts over', () => {
    const clicks = new ClickCounter()
    expect(clicks.release({ x: 10, y: 10 }, 0)).toBe(false)
    expect(clicks.release({ x: 14, y: 12 }, 300)).toBe(true)
    expect(clicks.release({ x: 14, y: 12 }, 350)).toBe(false)
  })

  it('too slow or too far is two single clicks', () => {
    const clicks = new ClickCounter()
    clicks.release({ x: 0, y: 0 }, 0)
    expect(clicks.release({ x: 0, y: 0 }, 500)).toBe(false)
    expect(clicks.release({ x: 20, y: 0 }, 600)).toBe(false)
  })
})

describe('edge scrolling', () => {
  const viewport = { width: 1000, height: 600 }
  it('scrolls towards the edge the pointer is near, in screen px at any zoom', () => {
    const camera = { x: 100, y: 100, scale: 0.5 }
    expect(edgeScroll(camera, viewport, { x: 500, y: 300 })).toBeNull()
    expect(edgeScroll(camera, viewport, { x: 5, y: 300 })).toEqual({ x: 80, y: 100, scale: 0.5 })
    expect(edgeScroll(camera, viewport, { x: 995, y: 595 })).toEqual({ x: 120, y: 120, scale: 0.5 })
  })
})

describe('camera', () => {
  const viewport = { width: 800, height: 600 }
  it('zooms about a screen point, which stays on the same board point', () => {
    const camera = { x: 50, y: 20, scale: 1 }
    const anchor = { x: 300, y: 200 }
    const zoomed = zoomAround(camera, 2, anchor)
    expect(toWorld(zoomed, anchor)).toEqual(toWorld(camera, anchor))
    expect(toScreen(zoomed, toWorld(camera, anchor))).toEqual(anchor)
    expect(zoomAround(camera, 99, anchor).scale).toBe(4)
  })

  it('steps through round zoom levels', () => {
    expect(zoomStep(1, 1)).toBe(1.25)
    expect(zoomStep(1, -1)).toBe(0.75)
    expect(zoomStep(0.26, -1)).toBe(0.25)
    expect(zoomStep(4, 1)).toBe(4)
  })

  it('fits a rect with padding and reveals one by panning only', () => {
    const fit = fitRect({ x: 0, y: 0, width: 1440, height: 560 }, viewport, 40, 2)
    expect(fit.scale).toBeCloseTo(0.5)
    expect(toScreen(fit, { x: 720, y: 280 })).toEqual({ x: 400, y: 300 })
    const camera = { x: 0, y: 0, scale: 1 }
    expect(revealRect(camera, viewport, { x: 100, y: 100, width: 50, height: 50 })).toBe(camera)
    expect(revealRect(camera, viewport, { x: 900, y: 100, width: 100, height: 50 })).toEqual({ x: 240, y: 0, scale: 1 })
    expect(panBy(camera, 100, -50)).toEqual({ x: -100, y: 50, scale: 1 })
  })
})
