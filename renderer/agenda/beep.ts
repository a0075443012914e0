/** A short three-tone beep made with WebAudio (no sound file): the optional signal at the end of a time box. */

/**
 * Creates the audio context during a user gesture (e.g. pressing Start), so the browser lets it play later.
 * The facilitation store keeps it.
 */
export function createAudio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  try {
    return new AudioContext();
  } catch {
    return null;
  }
}

export function playBeep(audio: AudioContext | null): void {
  if (!audio) return;
  void audio.resume().catch(() => undefined);
  const start = audio.currentTime + 0.02;
  [0, 0.35, 0.7].forEach((offset, index) => {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = index === 2 ? 1046.5 : 880;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.25);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.3);
  });
}
