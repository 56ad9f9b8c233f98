// @runs: renderer
// One procedure: what the citizen brings (components with copy type and count),
// the time limit, "4 tại chỗ", the legal basis and every version it has had.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProcedureDetail } from '../../src-main/catalogue/model';
import { catalogueText } from '../../src-main/shared/vi/catalogue';
import { formatVnDate } from '../../src-main/shared/time';
import { call } from '../api';
import { FormError, Kbd } from '../ui/form';
import { OnTheSpotBadge, timeLimitText } from './parts';
import { ProcedureEditor } from './ProcedureEditor';

const t = catalogueText.screen;

interface Props {
  procedureId: string;
  supervisor: boolean;
  onBack(): void;
  onChanged(): void;
}

export function ProcedureDetailView({ procedureId, supervisor, onBack, onChanged }: Props) {
  const [detail, setDetail] = useState<ProcedureDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    const result = await call('catalogue.get', { procedureId });
    if (result.ok) setDetail(result.value.procedure);
    else setError(result.error.message);
  }, [procedureId]);

  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (detail && !editing) heading.current?.focus();
  }, [detail, editing]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !editing) {
        event.preventDefault();
        onBack();
      } else if (supervisor && event.altKey && !event.ctrlKey && event.code === 'KeyS' && !editing) {
        event.preventDefault();
        setEditing(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing, onBack, supervisor]);

  if (!detail) return <FormError message={error} />;
  const p = detail.current;

  if (editing) {
    return (
      <ProcedureEditor
        detail={detail}
        onCancel={() => setEditing(false)}
        onSaved={(version) => {
          setEditing(false);
          setSaved(t.savedVersion(version));
          onChanged();
          void load();
        }}
      />
    );
  }

  return (
    <article className="card card--wide" aria-labelledby="cat-detail-title">
      <div className="actions">
        <button type="button" onClick={onBack}>
          {t.back} <Kbd>Esc</Kbd>
        </button>
        {supervisor ? (
          <button type="button" className="primary" onClick={() => setEditing(true)}>
            {t.editButton} <Kbd>Alt+S</Kbd>
          </button>
        ) : null}
      </div>
      {saved ? <p role="status">{saved}</p> : null}
      <h2 id="cat-detail-title" ref={heading} tabIndex={-1}>
        {p.name} {p.onTheSpot ? <OnTheSpotBadge /> : null}
      </h2>
      {detail.active ? null : <p className="cat-inactive">{t.inactive}</p>}
      <dl className="cat-facts">
        <dt>{t.code}</dt>
        <dd>{p.code ?? t.noCode}</dd>
        <dt>{t.field}</dt>
        <dd>{catalogueText.fields[p.field]}</dd>
        <dt>{t.timeLimit}</dt>
        <dd>
          {timeLimitText(p.timeLimitDays, p.timeLimitUnit)}
          {p.onTheSpot ? ` — ${t.onTheSpotHint}` : ''}
        </dd>
        <dt>{t.result}</dt>
        <dd>{p.result}</dd>
        <dt>{t.fee}</dt>
        <dd>{p.fee ?? t.noFee}</dd>
        <dt>{t.legalBasis}</dt>
        <dd>
          {p.legalBasis}
          {p.legalBasisDate ? ` (${t.legalBasisDate.toLowerCase()} ${formatVnDate(p.legalBasisDate)})` : ''}
        </dd>
      </dl>
      <p className="muted">{t.usage(detail.usageCount)}</p>
      <h3>{t.components}</h3>
      <table className="table">
        <thead>
          <tr>
            <th>#</th>
            <th>{t.componentName}</th>
            <th>{t.formCode}</th>
            <th>{t.copyType}</th>
            <th>{t.countCol}</th>
            <th>{t.required}</th>
          </tr>
        </thead>
        <tbody>
          {p.components.map((c, index) => (
            <tr key={c.key}>
              <td>{index + 1}</td>
              <td>{c.name}</td>
              <td>{c.formCode ?? '—'}</td>
              <td>{catalogueText.copyTypes[c.copyType]}</td>
              <td>{String(c.count).padStart(2, '0')}</td>
              <td>{c.group ? t.groupMember(c.group) : c.required ? t.required : t.optional}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t.versions}</h3>
      <table className="table">
        <thead>
          <tr>
            <th>{t.versionCol}</th>
            <th>{t.validFrom}</th>
            <th>{t.createdBy}</th>
            <th>{t.changeNote}</th>
          </tr>
        </thead>
        <tbody>
          {detail.versions.map((v) => (
            <tr key={v.versionId}>
              <td>
                {v.version}
                {v.version === p.version ? ` (${t.current})` : ''}
              </td>
              <td>{formatVnDate(v.validFrom)}</td>
              <td>{v.createdBy ?? t.system}</td>
              <td>{v.changeNote ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
