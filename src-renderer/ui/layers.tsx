// @runs: renderer
// The one focus and dialog manager. Every overlay is a Layer: layers stack in
// the order they open, each drawn in a portal at the end of <body> with a
// z-index from its place in the stack. Only the top layer can be reached
// (the app and every lower layer are inert), it holds the focus (Tab and
// Shift+Tab cycle inside it), Esc closes it alone, and closing it gives the
// focus back to the element it was opened from. The focus is never left on
// the page body: when it falls there, it goes to the top layer or the screen.
import { createContext, useCallback, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const BASE_Z = 100;
const STEP_Z = 10;
const TABBABLE = 'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';
const FIELD = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])';

interface Entry {
  id: string;
  element: HTMLElement | null;
  opener: Element | null;
  /** The lock: blanks every layer beneath it and lets no key past it. */
  exclusive: boolean;
}

interface Layers {
  register(entry: Entry): void;
  unregister(id: string): void;
  isTop(id: string): boolean;
}

const LayersContext = createContext<Layers | null>(null);

/** Holds the stack; put once around the whole renderer. */
export function LayerProvider({ children }: { children: ReactNode }) {
  const stack = useRef<Entry[]>([]);
  const [version, setVersion] = useState(0);
  const pending = useRef<Element | null>(null);

  const layers = useMemo<Layers>(
    () => ({
      register(entry) {
        stack.current = [...stack.current.filter((e) => e.id !== entry.id), entry];
        setVersion((v) => v + 1);
      },
      unregister(id) {
        const entry = stack.current.find((e) => e.id === id);
        stack.current = stack.current.filter((e) => e.id !== id);
        if (entry && holdsFocus(entry.element)) pending.current = entry.opener;
        setVersion((v) => v + 1);
      },
      isTop: (id) => stack.current.at(-1)?.id === id,
    }),
    [],
  );

  useLayoutEffect(() => {
    applyStack(stack.current);
    const target = pending.current;
    pending.current = null;
    if (target) restoreFocus(target, stack.current);
  }, [version]);

  useFocusNeverOnBody(stack);
  useExclusiveKeys(stack);

  return <LayersContext.Provider value={layers}>{children}</LayersContext.Provider>;
}

/** Inert, hidden and z-index of everything, from the stack. */
function applyStack(entries: Entry[]) {
  const top = entries.at(-1);
  const lockAt = entries.findLastIndex((e) => e.exclusive);
  entries.forEach((e, index) => {
    if (!e.element) return;
    e.element.style.zIndex = String(BASE_Z + index * STEP_Z);
    e.element.inert = e !== top;
    e.element.hidden = index < lockAt;
    e.element.dataset.layer = e === top ? 'top' : 'under';
  });
  const app = document.getElementById('root');
  if (app) app.inert = Boolean(top);
}

function holdsFocus(element: HTMLElement | null): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected || Boolean(element?.contains(active));
}

/** Back to where the layer was opened from, or the sensible place nearby. */
function restoreFocus(target: Element, entries: Entry[]) {
  if (target instanceof HTMLElement && target.isConnected && reachable(target)) target.focus();
  if (!landed()) focusFallback(entries);
}

function reachable(element: HTMLElement): boolean {
  return !element.closest('[inert]') && element.getClientRects().length > 0;
}

function landed(): boolean {
  const active = document.activeElement;
  return Boolean(active && active !== document.body && active.isConnected);
}

/** The top layer's first field (or the layer itself), else the screen's first field or heading. */
export function focusFallback(entries: Entry[] = []) {
  const top = entries.at(-1)?.element;
  if (top) return firstFocusable(top)?.focus() ?? top.focus();
  const main = document.querySelector<HTMLElement>('main');
  if (!main) return;
  const field = [...main.querySelectorAll<HTMLElement>(FIELD)].find(reachable);
  if (field) {
    // The focus is always somewhere visible: the field is brought into view.
    field.focus();
    return field.scrollIntoView({ block: 'nearest' });
  }
  const heading = main.querySelector<HTMLElement>('h1, h2') ?? main;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

function firstFocusable(root: HTMLElement): HTMLElement | undefined {
  const autofocus = root.querySelector<HTMLElement>('[autofocus]');
  return autofocus ?? [...root.querySelectorAll<HTMLElement>(FIELD)].find(reachable);
}

/** Watches every change of the page: the focus that fell to the body is put back. */
function useFocusNeverOnBody(stack: { current: Entry[] }) {
  useEffect(() => {
    let scheduled = 0;
    const check = () => {
      scheduled = 0;
      if (!landed()) focusFallback(stack.current);
    };
    const schedule = () => {
      if (!scheduled) scheduled = requestAnimationFrame(check);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'inert', 'disabled'] });
    document.addEventListener('focusout', schedule);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusout', schedule);
      cancelAnimationFrame(scheduled);
    };
  }, [stack]);
}

/** While the lock is up, no key reaches anything but the lock. */
function useExclusiveKeys(stack: { current: Entry[] }) {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const lock = stack.current.findLast((e) => e.exclusive)?.element;
      if (lock && !(event.target instanceof Node && lock.contains(event.target))) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [stack]);
}

interface LayerProps {
  /** The accessible name, or the id of the heading that names it. */
  label?: string;
  labelledBy?: string;
  className?: string;
  /** Esc, when this layer is on top. Without it Esc does nothing here. */
  onClose?: () => void;
  exclusive?: boolean;
  /** For a full-screen layer that is not a dialog box (the citizen's rating). */
  testId?: string;
  children: ReactNode;
}

/** One overlay of the stack: a modal dialog drawn on top of everything opened before it. */
export function Layer({ label, labelledBy, className = 'overlay', onClose, exclusive = false, testId, children }: LayerProps) {
  const layers = useContext(LayersContext);
  if (!layers) throw new Error('Layer outside LayerProvider');
  const id = useId();
  const [opener] = useState(() => document.activeElement);
  const element = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    layers.register({ id, element: element.current, opener, exclusive });
    return () => layers.unregister(id);
  }, [layers, id, opener, exclusive]);

  useEffect(() => {
    if (element.current && !element.current.contains(document.activeElement)) (firstFocusable(element.current) ?? element.current).focus();
  }, []);

  const keys = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (!layers.isTop(id)) return;
      if (event.key === 'Escape' && onClose) {
        event.preventDefault();
        event.stopPropagation();
        onClose();
      } else if (event.key === 'Tab' && element.current) trapTab(event, element.current);
      if (exclusive) event.stopPropagation();
    },
    [layers, id, onClose, exclusive],
  );

  return createPortal(
    <div ref={element} className={className} role="dialog" aria-modal="true" aria-label={label} aria-labelledby={labelledBy} tabIndex={-1} onKeyDown={keys} data-testid={testId}>
      {children}
    </div>,
    document.body,
  );
}

/** False while a layer covers the screens: their own shortcuts must not act beneath it. */
export function screenKeysAllowed(): boolean {
  return !document.getElementById('root')?.inert;
}

/** True when a layer covers the element: its keys (Ctrl+P of a paper beneath the dossier…) must not act. */
export function covered(element: HTMLElement | null): boolean {
  return Boolean(element?.closest('[inert]'));
}

/** Tab and Shift+Tab go round inside the layer. */
function trapTab(event: KeyboardEvent, root: HTMLElement) {
  const items = [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(reachable);
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return root.focus();
  }
  const active = document.activeElement;
  const outside = !(active instanceof Node && root.contains(active)) || active === root;
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
