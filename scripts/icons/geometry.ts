// Signed-distance shapes in a unit square (0..1, y down): negative inside, positive outside. Small
// closed forms keep every icon size drawn from the same outline instead of scaling bitmaps.

/** A shape as a signed distance, so strokes and outlines of any width come from one function. */
export type Sdf = (x: number, y: number) => number
/** A point in unit coordinates. */
export type Point = readonly [number, number]

/** A disc; the grey and green lights are round. */
export function circle(cx: number, cy: number, r: number): Sdf {
  return (x, y) => Math.hypot(x - cx, y - cy) - r
}

/**
 * A convex polygon (triangle, octagon, rounded-off square): the largest distance to its edge lines,
 * exact inside, which is where strokes are drawn.
 */
export function convexPolygon(points: readonly Point[]): Sdf {
  const cx = points.reduce((s, p) => s + p[0], 0) / points.length
  const cy = points.reduce((s, p) => s + p[1], 0) / points.length
  const edges = points.map((a, i, all) => {
    const b = all[(i + 1) % all.length] ?? a
    const len = Math.hypot(b[0] - a[0], b[1] - a[1])
    let nx = (b[1] - a[1]) / len
    let ny = -(b[0] - a[0]) / len
    // Point the normal away from the centre whatever the winding order.
    if (nx * (cx - a[0]) + ny * (cy - a[1]) > 0) [nx, ny] = [-nx, -ny]
    return { a, nx, ny }
  })
  return (x, y) => Math.max(...edges.map((e) => (x - e.a[0]) * e.nx + (y - e.a[1]) * e.ny))
}

/** A regular polygon with a flat top (an octagon reads as "stop"). */
export function regularPolygon(sides: number, cx: number, cy: number, r: number): Sdf {
  const start = -Math.PI / 2 + Math.PI / sides
  const points = Array.from({ length: sides }, (_, i): Point => {
    const a = start + (i * 2 * Math.PI) / sides
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)]
  })
  return convexPolygon(points)
}

/** A round-capped stroke through the points: check marks, crosses, the "!" bar. */
export function stroke(points: readonly Point[], halfWidth: number): Sdf {
  const segments = points.slice(1).map((b, i) => [points[i] ?? b, b] as const)
  return (x, y) =>
    Math.min(
      ...segments.map(([a, b]) => {
        const [dx, dy] = [b[0] - a[0], b[1] - a[1]]
        const lenSq = dx * dx + dy * dy
        const t = lenSq === 0 ? 0 : ((x - a[0]) * dx + (y - a[1]) * dy) / lenSq
        const k = Math.min(1, Math.max(0, t))
        return Math.hypot(x - a[0] - k * dx, y - a[1] - k * dy) - halfWidth
      }),
    )
}

/** A rectangle with rounded corners: the app icon's backplate. */
export function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Sdf {
  const [cx, cy, hx, hy] = [(x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2 - r, (y1 - y0) / 2 - r]
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx
    const qy = Math.abs(y - cy) - hy
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
  }
}

/** Several shapes as one (the "!" is a bar plus a dot). */
export function union(...shapes: readonly Sdf[]): Sdf {
  return (x, y) => Math.min(...shapes.map((s) => s(x, y)))
}
