// Copying from a briefing: straight to the clipboard for the current version; for a superseded or
// draft version, a warning first, also when the user selects text and copies it with Ctrl+C, the Edit
// menu or the context menu (the copy is held back until they confirm). Trap: the copy event goes to
// the focused element, often the page body, and a selection may start outside the briefing (Ctrl+A),
// so it is watched on the whole document for any selection that touches the briefing.
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { QuoteWarning } from './model/freshness';

export interface PendingCopy {
  text: string;
  /** What is being copied, in words ("Talking point 2"), for the "copied" feedback. */
  key: string;
}

export interface GuardedCopy {
  copy: (text: string, key: string) => void;
  /** What was just copied, in words (cleared after a moment). */
  copied: string | null;
  error: string | null;
  /** A copy waiting for the user to accept the warning. */
  pending: PendingCopy | null;
  confirm: () => void;
  cancel: () => void;
}

const touches = (selection: Selection, element: Node): boolean =>
  Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i)).some((range) => range.intersectsNode(element));

/** `briefing` is the element around the version's content (selections touching it are guarded). */
export function useGuardedCopy(warning: QuoteWarning | null, briefing: RefObject<HTMLElement | null>): GuardedCopy {
  const [pending, setPending] = useState<PendingCopy | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // While the warning is open, copying its quoted text is the user's own business.
  const guarded = warning !== null && pending === null;

  useEffect(() => {
    if (!guarded) return;
    const onCopy = (event: ClipboardEvent) => {
      const selection = document.getSelection();
      const element = briefing.current;
      if (!selection || !element || !touches(selection, element)) return;
      const text = selection.toString();
      if (text.trim() === '') return;
      event.preventDefault();
      setPending({ text, key: 'Selected text' });
    };
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, [guarded, briefing]);

  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  const write = async ({ text, key }: PendingCopy) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(key);
      setError(null);
    } catch {
      setError('Could not copy to the clipboard. Select the text and press Ctrl+C instead.');
    }
  };

  return {
    copy: (text, key) => (warning ? setPending({ text, key }) : void write({ text, key })),
    copied,
    error,
    pending,
    confirm: () => {
      if (pending) void write(pending);
      setPending(null);
    },
    cancel: () => setPending(null),
  };
}
