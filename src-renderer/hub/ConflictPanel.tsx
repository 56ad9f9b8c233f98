// @runs: renderer
// In the dossier view: a dossier with conflicts says so, and opens them.
import { useEffect, useState } from 'react';
import { hubWords } from '../../src-main/shared/vi/hub';
import { call } from '../api';
import type { DossierPanelProps } from '../dossiers/panels';
import { ConflictsDialog } from './ConflictsDialog';

const w = hubWords.conflicts;

export function ConflictPanel({ dossierId, state }: DossierPanelProps) {
  const [open, setOpen] = useState(0);
  const [showing, setShowing] = useState(false);

  useEffect(() => {
    let alive = true;
    void call('hub.conflicts', { dossierId }).then((r) => alive && r.ok && setOpen(r.value.conflicts.filter((c) => c.settlement === null).length));
    return () => {
      alive = false;
    };
  }, [dossierId, state, showing]);

  if (open === 0 && !showing) return null;
  return (
    <section className="conflict__banner" role="status" data-testid="dossier-conflicts">
      {open > 0 ? <strong>{w.inDossier(open)}</strong> : null}{' '}
      <button type="button" onClick={() => setShowing(true)}>
        {w.open}
      </button>
      {showing ? <ConflictsDialog dossierId={dossierId} onClose={() => setShowing(false)} /> : null}
    </section>
  );
}
