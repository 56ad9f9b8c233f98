// @runs: renderer
// One scan on screen: an image as a blob URL, a PDF drawn page by page with
// pdf.js (the CSP allows blob: images but no frames). Bytes come from
// attachments.open, which re-hashes them first.
import { useEffect, useRef, useState } from 'react';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { attachmentsUi as t } from '../../src-main/shared/vi/attachments';
import { call } from '../api';
import { FormError, Kbd } from '../ui/form';

GlobalWorkerOptions.workerSrc = workerUrl;

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function ScanPreview({ attachmentId, fileName, onClose }: { attachmentId: number; fileName: string; onClose: () => void }) {
  const [image, setImage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pages = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    let url: string | null = null;
    void call('attachments.open', { attachmentId }).then(async (result) => {
      if (cancelled) return;
      if (!result.ok) return setError(result.error.message);
      const bytes = bytesOf(result.value.dataBase64);
      if (result.value.attachment.mimeType !== 'application/pdf') {
        url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: result.value.attachment.mimeType }));
        return setImage(url);
      }
      try {
        const pdf = await getDocument({ data: bytes, isEvalSupported: false }).promise;
        for (let n = 1; n <= pdf.numPages && !cancelled; n++) {
          const page = await pdf.getPage(n);
          const viewport = page.getViewport({ scale: 1.2 });
          const canvas = document.createElement('canvas');
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          canvas.className = 'scan-preview__page';
          pages.current?.append(canvas);
          await page.render({ canvas, viewport }).promise;
        }
        void pdf.destroy();
      } catch {
        if (!cancelled) setError(t.renderFailed);
      }
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [attachmentId]);

  return (
    <section className="scan-preview" aria-label={t.previewTitle(fileName)} data-testid="scan-preview">
      <div className="actions">
        <strong>{t.previewTitle(fileName)}</strong>
        <button type="button" onClick={onClose}>
          {t.close} <Kbd>Esc</Kbd>
        </button>
      </div>
      <FormError message={error} />
      {image ? <img className="scan-preview__image" src={image} alt={fileName} /> : null}
      <div ref={pages} className="scan-preview__pages" />
    </section>
  );
}
