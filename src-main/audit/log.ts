// @runs: main
// Append-only trail of administrative actions: who, when, from which counter, what.
import { qb, type Sql } from '../db/sql';
import type { Clock } from '../services/clock';
import { toVnIso } from '../shared/time';

export class AuditLog {
  constructor(
    private readonly sql: Sql,
    private readonly clock: Clock,
  ) {}

  record(action: string, who: { clerkId: number | null; counter: number | null }, detail: Record<string, unknown> = {}): void {
    this.sql.run(
      qb.insertInto('audit_log').values({
        at: toVnIso(this.clock.now()),
        clerk_id: who.clerkId,
        counter: who.counter,
        action,
        detail: JSON.stringify(detail),
      }),
    );
  }
}
