/**
 * Keeps the phone's screen on while the remote is open (the Screen Wake Lock API). Browsers offer it
 * only on secure pages (https, localhost): over the laptop's plain http address the phone's own
 * auto-lock setting applies, and the remote says so. The lock goes when the page is hidden, so it is
 * asked for again each time the page comes back.
 */
export function keepScreenOn(onChange: (held: boolean) => void): void {
  const wakeLock = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<EventTarget> } }).wakeLock;
  if (!wakeLock) return onChange(false);
  const request = () =>
    wakeLock.request('screen').then(
      (lock) => {
        onChange(true);
        lock.addEventListener('release', () => onChange(false));
      },
      () => onChange(false),
    );
  void request();
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void request());
}
