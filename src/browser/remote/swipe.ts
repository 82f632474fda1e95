/** A horizontal swipe on `area`: left for next, right for previous; a vertical drag still scrolls the notes. */
const MIN_DISTANCE_PX = 60;

export function onSwipe(area: HTMLElement, go: (direction: 'next' | 'prev') => void): void {
  let start: { x: number; y: number } | undefined;
  area.addEventListener('touchstart', (event) => {
    const touch = event.touches[0];
    start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : undefined;
  }, { passive: true });
  area.addEventListener('touchend', (event) => {
    const touch = event.changedTouches[0];
    if (!start || !touch) return;
    const dx = touch.clientX - start.x;
    const dy = touch.clientY - start.y;
    start = undefined;
    if (Math.abs(dx) >= MIN_DISTANCE_PX && Math.abs(dx) > 2 * Math.abs(dy)) go(dx < 0 ? 'next' : 'prev');
  });
}
