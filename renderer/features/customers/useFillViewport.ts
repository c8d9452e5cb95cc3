// The directory is a two-pane workspace: each pane scrolls on its own, so the frame must end at the
// bottom of the window rather than grow with its content. This sizes an element from its top edge to
// the bottom of the viewport (minus a gap) and follows window resizes and layout shifts above it.
import { useLayoutEffect, useState } from 'react';

const MIN_HEIGHT = 360;

export function useFillViewport<T extends HTMLElement>(bottomGap: number): [(el: T | null) => void, number | undefined] {
  const [element, setElement] = useState<T | null>(null);
  const [height, setHeight] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const next = Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - bottomGap));
      setHeight((h) => (h === next ? h : next));
    };
    measure();
    window.addEventListener('resize', measure);
    // Content above the panes (a storage warning, a wrapped description) moves their top edge.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    const main = element.closest('main');
    if (observer && main) observer.observe(main);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [element, bottomGap]);
  return [setElement, height];
}
