// @runs: renderer
// In the dossier view: a dossier with conflicts (waiting or settled) says so, and opens them.
import { useEffect, useState } from 'react';
import { hubWords } from '../../src-main/shared/vi/hub';
import { call } from '../api';
import type { DossierPanelProps } from '../dossiers/panels';
import { ConflictsDialog } from './ConflictsDialog';

const w = hubWords.conflicts;

export function ConflictPanel({ dossierId, state }: DossierPanelProps) {
  const [counts, setCounts] = useState({ open: 0, all: 0 });
  const [showing, setShowing] = useState(false);

  useEffect(() => {
    let alive = true;
    void call('hub.conflicts', { dossierId }).then((r) => {
      if (alive && r.ok) setCounts({ open: r.value.conflicts.filter((c) => c.settlement === null).length, all: r.value.conflicts.length });
    });
    return () => {
      alive = false;
    };
  }, [dossierId, state, showing]);

  if (counts.all === 0) return null;
  return (
    <section className={counts.open > 0 ? 'conflict__banner' : 'conflict__banner conflict__banner--settled'} role="status" data-testid="dossier-conflicts">
      {counts.open > 0 ? <strong>{w.inDossier(counts.open)}</strong> : <span>{w.settledInDossier(counts.all)}</span>}{' '}
      <button type="button" onClick={() => setShowing(true)}>
        {w.open}
      </button>
      {showing ? <ConflictsDialog dossierId={dossierId} onClose={() => setShowing(false)} /> : null}
    </section>
  );
}
