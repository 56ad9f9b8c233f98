// @runs: renderer
// After the decision: what was done, where the paper went, the paper itself.
import { intakeUi as t } from '../../src-main/shared/vi/intake';
import { DocumentPreview } from '../documents/DocumentPreview';
import { ReturnFollowUp } from '../queue/ReturnFollowUp';
import { Kbd } from '../ui/form';

export interface OutcomeView {
  title: string;
  lines: string[];
  code: string | null;
  documentId: number | null;
  printMessage: string;
  /** Set when the result was handed over at the counter ("4 tại chỗ"): the citizen is offered the rating (F8). */
  ratingDossierId?: number;
}

export function Outcome({ outcome, onNew }: { outcome: OutcomeView; onNew: () => void }) {
  return (
    <div className="stack" onKeyDown={(e) => e.key === 'F2' && (e.preventDefault(), onNew())}>
      <section className="outcome" role="status" aria-live="polite">
        <h1>✔ {outcome.title}</h1>
        {outcome.code ? <p className="outcome__code" data-testid="dossier-code">{outcome.code}</p> : null}
        {outcome.lines.map((line) => (
          <p key={line} className="outcome__line">
            {line}
          </p>
        ))}
        <p data-testid="print-message">{outcome.printMessage}</p>
        <button type="button" className="primary" onClick={onNew} autoFocus>
          {t.newIntake} <Kbd>F2</Kbd>
        </button>
      </section>
      {outcome.ratingDossierId !== undefined ? <ReturnFollowUp dossierId={outcome.ratingDossierId} /> : null}
      {outcome.documentId !== null ? <DocumentPreview documentId={outcome.documentId} /> : null}
    </div>
  );
}
