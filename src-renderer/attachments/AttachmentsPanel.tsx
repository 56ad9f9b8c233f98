// @runs: renderer
// Số hóa in the dossier view: what is digitised per component and for the
// result, attach by file picker (Tab to it, Enter/Space opens it) or by
// dropping files, files waiting in the scanner folder (checked every few
// seconds), open, confirm against the original, remove one attached by
// mistake today.
import { useCallback, useEffect, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { attachmentsUi as t } from '../../src-main/shared/vi/attachments';
import { formatVnDate } from '../../src-main/shared/time';
import { call } from '../api';
import type { DossierPanelProps } from '../dossiers/panels';
import { FormError } from '../ui/form';
import { ScanPreview } from './ScanPreview';
import { uploadScan } from './upload';

type Listing = Output<'attachments.list'>;
type Attachment = Listing['targets'][number]['attachments'][number];
type ScannerFile = Output<'attachments.scannerFiles'>['files'][number];

const SCANNER_POLL_MS = 3000;
const MIN_DPI = 200;

export function AttachmentsPanel({ dossierId }: DossierPanelProps) {
  const [listing, setListing] = useState<Listing | null>(null);
  const [target, setTarget] = useState<string>('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Attachment | null>(null);
  const [scanner, setScanner] = useState<ScannerFile[]>([]);
  const [dragging, setDragging] = useState(false);

  const load = useCallback(async () => {
    const result = await call('attachments.list', { dossierId });
    if (!result.ok) return setError(result.error.message);
    setListing(result.value);
    setTarget((current) => current || result.value.targets[0]?.target || 'result');
  }, [dossierId]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const result = await call('attachments.scannerFiles', {});
      if (!stopped && result.ok) setScanner(result.value.files);
    };
    void poll();
    const timer = setInterval(() => void poll(), SCANNER_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);

  async function attachFiles(files: File[]) {
    setError(null);
    for (const file of files) {
      const result = await uploadScan(file, dossierId, target, (percent) => setStatus(t.uploading(file.name, percent)));
      if (!result.ok) {
        setStatus(null);
        return setError(result.error.message);
      }
      setStatus(t.attached(file.name));
    }
    await load();
  }

  async function act(promise: Promise<{ ok: boolean; error?: { message: string } }>) {
    const result = await promise;
    if (!result.ok) return setError(result.error?.message ?? null);
    setError(null);
    await load();
  }

  async function fromScanner(name: string) {
    const result = await call('attachments.attachFromScanner', { dossierId, target, name });
    if (!result.ok) return setError(result.error.message);
    setStatus(t.attached(name));
    setScanner((files) => files.filter((f) => f.name !== name));
    await load();
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void attachFiles([...event.dataTransfer.files]);
  }

  function keys(event: KeyboardEvent) {
    if (event.key === 'Escape' && preview) {
      event.stopPropagation();
      setPreview(null);
    }
  }

  const accept = listing?.acceptedKinds.map((k) => (k === 'pdf' ? '.pdf,application/pdf' : k === 'png' ? '.png,image/png' : '.jpg,.jpeg,image/jpeg')).join(',');

  return (
    <section
      className={dragging ? 'scans scans--dragging' : 'scans'}
      aria-labelledby="scans-title"
      data-testid="attachments-panel"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      onKeyDown={keys}
    >
      <h3 id="scans-title">{t.title}</h3>
      <p className="muted">{t.intro}</p>
      <table className="table scans__table">
        <tbody>
          {listing?.targets.map((row) => (
            <tr key={row.target} data-testid={`scan-target-${row.target}`}>
              <th scope="row">{row.name}</th>
              <td className={row.attachments.length ? 'scans__done' : 'scans__none'}>{row.attachments.length ? t.digitised(row.attachments.length) : t.none}</td>
              <td>
                <ul className="scans__files">
                  {row.attachments.map((a) => (
                    <ScanLine key={a.attachmentId} scan={a} onOpen={() => setPreview(a)} onVerify={() => void act(call('attachments.verify', { attachmentId: a.attachmentId }))} onRemove={() => void act(call('attachments.remove', { attachmentId: a.attachmentId, reason: t.removeDefault }))} />
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="scans__attach">
        <label htmlFor="scan-target">{t.target}</label>
        <select id="scan-target" value={target} onChange={(e) => setTarget(e.target.value)}>
          {listing?.targets.map((row) => (
            <option key={row.target} value={row.target}>
              {row.name}
            </option>
          ))}
        </select>
        <label htmlFor="scan-file" className="scans__picker">
          {t.attach}
        </label>
        <input
          id="scan-file"
          type="file"
          multiple
          accept={accept}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void attachFiles(files);
          }}
        />
        <span className="muted">{t.dropHere}</span>
      </div>
      {status ? (
        <p role="status" data-testid="scan-status">
          {status}
        </p>
      ) : null}
      <FormError message={error} />
      {scanner.length ? (
        <div className="scans__scanner">
          <h4>{t.scannerTitle}</h4>
          <ul>
            {scanner.map((file) => (
              <li key={file.name}>
                <span>
                  {file.name} — {Math.ceil(file.size / 1024)} KB — {formatVnDate(file.modifiedAt)} {file.modifiedAt.slice(11, 16)}
                </span>
                <button type="button" onClick={() => void fromScanner(file.name)}>
                  {t.scannerAttach}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview ? <ScanPreview attachmentId={preview.attachmentId} fileName={preview.fileName} onClose={() => setPreview(null)} /> : null}
    </section>
  );
}

function ScanLine({ scan, onOpen, onVerify, onRemove }: { scan: Attachment; onOpen: () => void; onVerify: () => void; onRemove: () => void }) {
  const warnings = [scan.dpi !== null && scan.dpi < MIN_DPI ? t.lowDpi : null, scan.colour === false ? t.greyscale : null].filter(Boolean);
  return (
    <li className="scans__file" data-testid="scan-file">
      <span className="scans__name">{scan.fileName}</span>
      <span className="muted">
        {scan.mimeType.split('/')[1]?.toUpperCase()} · {Math.ceil(scan.size / 1024)} KB{scan.pages ? ` · ${t.pages(scan.pages)}` : ''}
        {scan.dpi ? ` · ${t.dpi(scan.dpi)}` : ''} · {t.addedBy(scan.addedBy, `${formatVnDate(scan.addedAt)} ${scan.addedAt.slice(11, 16)}`)}
      </span>
      {warnings.length ? <span className="scans__warn">{warnings.join(' · ')}</span> : null}
      <span className={scan.verifiedAt ? 'scans__verified' : 'muted'}>{scan.verifiedAt ? `${t.verified} (${scan.verifiedBy})` : t.notVerified}</span>
      <button type="button" onClick={onOpen}>
        {t.open}
      </button>
      {!scan.verifiedAt ? (
        <button type="button" onClick={onVerify}>
          {t.verify}
        </button>
      ) : null}
      <button type="button" onClick={onRemove} title={t.removeHint}>
        {t.remove}
      </button>
    </li>
  );
}
