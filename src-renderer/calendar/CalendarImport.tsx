// @runs: renderer
// "Nhập lịch năm" (supervisor): the year's official schedule from a JSON file.
// The file is checked and the open dossiers it would move are listed first;
// only "Xác nhận nhập lịch" changes the calendar, all or nothing.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { MAX_CALENDAR_CHARS } from '../../src-main/calendar/file';
import { calendarUi as t } from '../../src-main/shared/vi/calendar';
import { ui } from '../../src-main/shared/vi/ui';
import type { Output } from '../../src-main/api/contract';
import { call } from '../api';
import { chosenText, ImportIssues, JsonFileField } from '../ui/file-import';
import { Layer } from '../ui/layers';
import { FormError, Kbd } from '../ui/form';
import { ImpactList } from './DayEditor';

type Preview = Output<'calendar.previewImport'>;

export function CalendarImport({ onClose, onImported }: { onClose(): void; onImported(year: number, message: string): void }) {
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    setPreview(null);
    setError(null);
    const content = await chosenText(event, MAX_CALENDAR_CHARS);
    if (content === 'tooBig') return setError(t.importTooBig);
    if (content === null) return;
    setBusy(true);
    const result = await call('calendar.previewImport', { text: content });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setText(content);
    setPreview(result.value);
  }

  async function confirm() {
    if (text === null) return;
    setBusy(true);
    const result = await call('calendar.import', { text });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (!result.value.imported) return setPreview({ valid: false, issues: result.value.issues });
    onImported(result.value.year, t.imported(result.value.year, result.value.version));
  }

  return (
    <Layer labelledBy="cal-import-title" onClose={onClose}>
    <section className="card card--wide">
      <h2 id="cal-import-title">{t.importTitle}</h2>
      <p className="muted">{t.importNote}</p>
      <JsonFileField id="cal-import-file" label={t.importFile} inputRef={input} busy={busy} onFile={(e) => void onFile(e)} />
      <FormError message={error} />
      {preview && !preview.valid ? <ImportIssues heading={t.importRefused(preview.issues.length)} issues={preview.issues} /> : null}
      {preview?.valid ? (
        <>
          <p>{t.importPreview(preview.year, preview.dayCount, preview.source)}</p>
          <ImpactList items={preview.affected} />
          <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
            {t.importConfirm}
          </button>
        </>
      ) : null}
      <button type="button" onClick={onClose}>
        {ui.cancel} <Kbd>Esc</Kbd>
      </button>
    </section>
    </Layer>
  );
}
