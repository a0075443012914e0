/**
 * How a countdown reads on screen: "4:59", "59:00", "1:05:00". Seconds round up while counting down, so the
 * clock shows "0:01" until the very end and "0:00" exactly at zero; an overrun reads "+0:12".
 */
export function formatCountdown(remainingMs: number): string {
  if (remainingMs >= 0) return formatClock(Math.ceil(remainingMs / 1000));
  return `+${formatClock(Math.floor(-remainingMs / 1000))}`;
}

/** Whole seconds as m:ss, or h:mm:ss from an hour. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A duration for people and screen readers: "5 min", "1 h 30 min", "45 s", "12 min 5 s". */
export function describeDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [h > 0 ? `${h} h` : '', m > 0 ? `${m} min` : '', s > 0 ? `${s} s` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '0 s';
}
