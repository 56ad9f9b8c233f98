// @runs: renderer
// What follows a successful return (the satisfaction step): a placeholder the
// satisfaction feature replaces. Rendered under the return's outcome.
export function ReturnFollowUp(_props: { dossierId: number }) {
  return null;
}
