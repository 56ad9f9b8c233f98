// @runs: renderer
// What follows a return at the counter (or a "4 tại chỗ" outcome): the citizen's
// satisfaction rating. The clerk offers it (F8, or the button), the screen turns
// to the citizen. A result sent by post is not offered one: its citizen is absent.
import { useEffect, useRef, useState } from 'react';
import { satisfactionUi as t } from '../../src-main/shared/vi/satisfaction';
import { call } from '../api';
import { Kbd } from '../ui/form';
import { covered } from '../ui/layers';
import { CitizenRating } from '../satisfaction/CitizenRating';

const OFFER_KEY = 'F8';

export function ReturnFollowUp({ dossierId }: { dossierId: number }) {
  const [code, setCode] = useState<string | null>(null);
  const [rated, setRated] = useState<boolean | null>(null);
  const [rating, setRating] = useState(false);
  const offer = useRef<HTMLElement>(null);

  useEffect(() => {
    void call('satisfaction.get', { dossierId }).then((result) => setRated(result.ok ? result.value.rating !== null : null));
    void call('dossiers.get', { dossierId }).then((result) => setCode(result.ok && result.value.resultDelivery !== 'post' ? result.value.code : null));
  }, [dossierId]);

  useEffect(() => {
    if (rated !== false || rating || !code) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === OFFER_KEY && !covered(offer.current)) {
        event.preventDefault();
        setRating(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rated, rating, code]);

  if (rated === null || !code) return null;
  return (
    <section className="sat-offer" aria-label={t.offer} data-testid="satisfaction-offer" ref={offer}>
      {rated ? (
        <p role="status">{t.stored}</p>
      ) : (
        <>
          <p>
            <strong>{t.offer}</strong> — {t.offerHint}
          </p>
          <button type="button" onClick={() => setRating(true)}>
            {t.start} <Kbd>{OFFER_KEY}</Kbd>
          </button>
          <small className="muted">{t.secondWindowNote}</small>
        </>
      )}
      {rating ? (
        <CitizenRating
          dossierId={dossierId}
          code={code}
          onDone={(stored) => {
            setRating(false);
            if (stored) setRated(true);
          }}
        />
      ) : null}
    </section>
  );
}
