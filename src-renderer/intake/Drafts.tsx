// @runs: renderer
// Half-filled intakes left by a crash, a power cut or a closed window, offered back.
import { useEffect, useState } from 'react';
import type { Output } from '../../src-main/api/contract';
import { intakeUi as t } from '../../src-main/shared/vi/intake';
import { call } from '../api';

type Draft = Output<'intake.drafts'>['drafts'][number];

export function Drafts({ currentDraftId, onResume }: { currentDraftId: number | null; onResume: (draftId: number) => void }) {
  const [drafts, setDrafts] = useState<Draft[]>([]);

  useEffect(() => {
    void call('intake.drafts', {}).then((r) => r.ok && setDrafts(r.value.drafts));
  }, [currentDraftId]);

  const others = drafts.filter((d) => d.draftId !== currentDraftId);
  if (!others.length) return null;

  async function discard(draftId: number) {
    await call('intake.discardDraft', { draftId });
    setDrafts((list) => list.filter((d) => d.draftId !== draftId));
  }

  return (
    <section className="banner" aria-label={t.draftsBanner(others.length)}>
      <strong>{t.draftsBanner(others.length)}</strong>
      <ul>
        {others.map((d) => (
          <li key={d.draftId}>
            {d.applicantName || '—'} · {d.procedureName || '—'} · <span className="muted">{d.updatedAt.slice(11, 16)}</span>{' '}
            <button type="button" onClick={() => onResume(d.draftId)}>
              {t.resume}
            </button>{' '}
            <button type="button" onClick={() => void discard(d.draftId)}>
              {t.discard}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
