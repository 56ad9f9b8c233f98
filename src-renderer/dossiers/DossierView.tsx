// @runs: renderer
// One dossier, opened from anywhere (search, queue): filled in by the queue feature.
export function DossierView({ dossierId, onClose }: { dossierId: number; onClose: () => void }) {
  void dossierId;
  void onClose;
  return null;
}
