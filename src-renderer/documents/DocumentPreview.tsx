// @runs: renderer
// The paper exactly as it will be printed: the stored PDF drawn by pdf.js onto
// canvases, with zoom (+/−), In (Ctrl+P) and In lại, and the printing result.
import { useCallback, useEffect, useRef, useState } from 'react';
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { Output } from '../../src-main/api/contract';
import { documentsUi as t } from '../../src-main/shared/vi/documents';
import { call } from '../api';
import { FormError, Kbd } from '../ui/form';
import { covered } from '../ui/layers';

GlobalWorkerOptions.workerSrc = workerUrl;

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2];

type Meta = Output<'documents.get'>['document'];

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const typing = (target: EventTarget | null) => target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);

export function DocumentPreview({ documentId }: { documentId: number }) {
  const [meta, setMeta] = useState<Meta | null>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [zoom, setZoom] = useState(2);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pages = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLElement>(null);

  useEffect(() => {
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;
    setPdf(null);
    setMessage(null);
    void call('documents.get', { documentId }).then(async (result) => {
      if (cancelled) return;
      if (!result.ok) return setError(result.error.message);
      setMeta(result.value.document);
      try {
        loaded = await getDocument({ data: base64ToBytes(result.value.pdfBase64), isEvalSupported: false }).promise;
        if (cancelled) void loaded.destroy();
        else setPdf(loaded);
      } catch {
        if (!cancelled) setError(t.renderFailed);
      }
    });
    return () => {
      cancelled = true;
      void loaded?.destroy();
    };
  }, [documentId]);

  useEffect(() => {
    const container = pages.current;
    if (!pdf || !container) return;
    let cancelled = false;
    container.replaceChildren();
    void (async () => {
      for (let n = 1; n <= pdf.numPages && !cancelled; n++) {
        const page = await pdf.getPage(n);
        const viewport = page.getViewport({ scale: ZOOMS[zoom] ?? 1 });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.className = 'doc-preview__page';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', t.pageLabel(n, pdf.numPages));
        container.append(canvas);
        await page.render({ canvas, viewport }).promise;
      }
    })().catch(() => {
      // A preview replaced mid-render (another document, another zoom) is cancelled by pdf.js: not an error.
      if (!cancelled) setError(t.renderFailed);
    });
    return () => {
      cancelled = true;
    };
  }, [pdf, zoom]);

  const print = useCallback(
    async (again: boolean) => {
      setBusy(true);
      setMessage(null);
      setError(null);
      if (again) {
        const result = await call('documents.reprint', { documentId });
        setBusy(false);
        if (!result.ok) return setError(result.error.message);
        setMessage(result.value.message);
        setMeta((m) => (m ? { ...m, reprints: result.value.reprints } : m));
      } else {
        const result = await call('documents.print', { documentId });
        setBusy(false);
        if (!result.ok) return setError(result.error.message);
        setMessage(result.value.message);
      }
    },
    [documentId],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (covered(frame.current)) return;
      if (event.ctrlKey && !event.altKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        if (!busy) void print(false);
      } else if (!event.ctrlKey && !event.altKey && !typing(event.target)) {
        if (event.key === '+' || event.key === '=') setZoom((z) => Math.min(ZOOMS.length - 1, z + 1));
        else if (event.key === '-') setZoom((z) => Math.max(0, z - 1));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, print]);

  return (
    <section className="doc-preview" aria-label={t.preview} ref={frame}>
      <header className="doc-preview__bar">
        <div className="doc-preview__title">
          <strong>{meta ? t.kinds[meta.kind] : t.preview}</strong>
          <span className="muted" data-testid="page-count">
            {pdf ? t.pages(pdf.numPages) : t.rendering}
          </span>
          {meta && meta.reprints > 0 ? <span className="muted">{t.reprintCount(meta.reprints)}</span> : null}
        </div>
        <div className="actions">
          <button type="button" onClick={() => setZoom((z) => Math.max(0, z - 1))} aria-label={t.zoomOut}>
            − <Kbd>-</Kbd>
          </button>
          <span className="doc-preview__zoom" aria-live="polite">
            {t.zoom(Math.round((ZOOMS[zoom] ?? 1) * 100))}
          </span>
          <button type="button" onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))} aria-label={t.zoomIn}>
            + <Kbd>+</Kbd>
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void print(false)}>
            {t.print} <Kbd>Ctrl+P</Kbd>
          </button>
          <button type="button" disabled={busy} onClick={() => void print(true)}>
            {t.reprint}
          </button>
        </div>
      </header>
      {message ? (
        <p className="doc-preview__message" role="status" data-testid="print-result">
          {message}
        </p>
      ) : null}
      <FormError message={error} />
      <div className="doc-preview__pages" ref={pages} tabIndex={0} role="region" aria-label={t.preview} />
    </section>
  );
}
