import type { Zone } from '../schema';

/** The zone containing the point, the topmost (last drawn) one when zones overlap; null outside every zone. */
export function zoneAt(zones: readonly Zone[], x: number, y: number): Zone | null {
  for (let i = zones.length - 1; i >= 0; i--) {
    const zone = zones[i]!;
    if (x >= zone.x && x < zone.x + zone.width && y >= zone.y && y < zone.y + zone.height) return zone;
  }
  return null;
}

/** A note belongs to the zone under its centre. */
export function zoneOfRect(zones: readonly Zone[], rect: { x: number; y: number; width: number; height: number }): Zone | null {
  return zoneAt(zones, rect.x + rect.width / 2, rect.y + rect.height / 2);
}

/** The zone closest to a point (the one containing it, if any); null when there are no zones. */
export function nearestZone(zones: readonly Zone[], x: number, y: number): Zone | null {
  const inside = zoneAt(zones, x, y);
  if (inside) return inside;
  let best: Zone | null = null;
  let bestDistance = Infinity;
  for (const zone of zones) {
    const dx = Math.max(zone.x - x, 0, x - (zone.x + zone.width));
    const dy = Math.max(zone.y - y, 0, y - (zone.y + zone.height));
    const distance = Math.hypot(dx, dy);
    if (distance < bestDistance) {
      best = zone;
      bestDistance = distance;
    }
  }
  return best;
}
