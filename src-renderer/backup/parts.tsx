// @runs: renderer
// Pieces shared by the backup panel and the recovery screen.
import type { ReactNode } from 'react';
import type { Output } from '../../src-main/api/contract';
import { formatVnDate } from '../../src-main/shared/time';
import { backupWords as t, formatBytes } from '../../src-main/shared/vi/backup';

export type BackupRow = Output<'backup.list'>['backups'][number];

/** "17:30 ngày 02/03/2026" from a stored +07:00 time. */
export function backupTime(at: string): string {
  return t.atTime(formatVnDate(at), at.slice(11, 16));
}

export function BackupTable({ backups, action }: { backups: BackupRow[]; action?: (row: BackupRow) => ReactNode }) {
  if (backups.length === 0) return <p className="muted">{t.none}</p>;
  return (
    <table className="table bk-table">
      <thead>
        <tr>
          <th>{t.columns.at}</th>
          <th>{t.columns.reason}</th>
          <th>{t.columns.size}</th>
          <th>{t.columns.files}</th>
          <th>{t.columns.state}</th>
          {action ? <th /> : null}
        </tr>
      </thead>
      <tbody>
        {backups.map((row) => (
          <tr key={row.id} className={row.state === 'damaged' ? 'bk-damaged' : undefined}>
            <td>{backupTime(row.at)}</td>
            <td>{t.reasons[row.reason]}</td>
            <td>{formatBytes(row.databaseBytes + row.filesBytes)}</td>
            <td>{row.fileCount}</td>
            <td>{row.state === 'ok' ? `✓ ${t.states.ok}` : `✗ ${t.states.damaged}`}</td>
            {action ? <td>{action(row)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
