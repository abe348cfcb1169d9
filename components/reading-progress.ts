/** A thin bar showing how far through the article the reader has scrolled. */
export function createReadingProgress(scroller: HTMLElement): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'reading-progress';
  bar.setAttribute('aria-hidden', 'true');
  const update = () => {
    const range = scroller.scrollHeight - scroller.clientHeight;
    const fraction = range > 0 ? Math.min(1, scroller.scrollTop / range) : 1;
    bar.style.setProperty('--progress', String(fraction));
  };
  scroller.addEventListener('scroll', () => requestAnimationFrame(update), { passive: true });
  requestAnimationFrame(update);
  return bar;
}
