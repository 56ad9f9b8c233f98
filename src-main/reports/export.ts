// @runs: main
// A report as files: an Excel workbook (one sheet per breakdown, figures stored
// as numbers so they can be summed) and an A4 landscape PDF drawn with the
// documents' layout engine (office header, tables continuing across pages).
import { placeDate, clockAndDate, printedDate } from '../documents/format';
import type { FontFiles } from '../documents/layout/fonts';
import { Layout, type Column } from '../documents/layout/layout';
import { workbookBytes, type Sheet } from '../documents/spreadsheet';
import type { Office } from '../settings/keys';
import { formatNumber, outcomeKeys, reportWords as w } from '../shared/vi/reports';
import type { Figures, OutcomeCounts, Report, Timing } from './contract';

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
const minutes = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 6) / 10);
const outcomeHeaders = outcomeKeys.map((k) => w.outcomes[k]);
const outcomeValues = (c: OutcomeCounts) => outcomeKeys.map((k) => c[k]);
const timingValues = (t: Timing) => [t.returned, t.early, t.onTime, t.late, percent(t.lateRate)];
const timingHeaders = [w.columns.returned, w.columns.early, w.columns.onTime, w.columns.late, `${w.columns.late} (%)`];

function scopeName(report: Report): string {
  if (report.office) return report.clerk ? w.officeClerkScope(report.clerk.name) : w.officeScope;
  return report.clerk ? w.clerkScope(report.counter, report.clerk.name) : w.counterScope(report.counter);
}

/** What the paper covers: the counter, a clerk or the whole office, the period, and for the office offline up to which exchange. */
export function scopeLine(report: Report): string {
  const period = w.periodLine(printedDate(report.period.from), printedDate(report.period.to));
  const asOf = report.office?.source === 'local' ? ` (${report.office.asOf ? w.officeAsOf(clockAndDate(report.office.asOf)) : w.officeNeverSynced})` : '';
  return `${scopeName(report)} — ${period}${asOf}`;
}

/** "Chỉ tiêu | Giá trị" rows of the summary, shared by both files. */
function summaryRows(f: Figures): [string, number | null][] {
  const s = w.summary;
  return [
    ...outcomeKeys.map((k): [string, number] => [w.outcomes[k], f.counts[k]]),
    [s.decisions, f.decisions],
    [s.guidanceRate, percent(f.guidanceRate)],
    [s.refusalRate, percent(f.refusalRate)],
    [s.onTheSpotShare, percent(f.onTheSpotShare)],
    [s.returned, f.timing.returned],
    [s.earlyRate, percent(f.timing.earlyRate)],
    [s.onTimeRate, percent(f.timing.onTimeRate)],
    [s.lateRate, percent(f.timing.lateRate)],
    [s.intakeMinutes, minutes(f.intakeTime.averageSeconds)],
    [s.intakeMeasured, f.intakeTime.measured],
  ];
}

interface Table {
  sheet: string;
  section: string;
  headers: string[];
  widths: number[];
  rows: (string | number | null)[][];
}

function counterTable(report: Report): Table {
  const c = w.columns;
  return {
    sheet: w.sheets.counters,
    section: w.sections.counters,
    headers: [c.counter, ...outcomeHeaders, ...timingHeaders],
    widths: [22, ...outcomeHeaders.map(() => 8), ...timingHeaders.map(() => 7)],
    rows: report.byCounter.map((k) => [k.name, ...outcomeValues(k.counts), ...timingValues(k.timing)]),
  };
}

function tables(report: Report): Table[] {
  const c = w.columns;
  const clerkHeaders = [c.clerk, ...outcomeHeaders, c.guidanceRate, c.refusalRate, c.onTheSpotShare, ...timingHeaders, c.intakeMinutes];
  return [
    { sheet: w.sheets.summary, section: w.sections.summary, headers: [c.figure, c.value], widths: [70, 20], rows: summaryRows(report.totals) },
    {
      sheet: w.sheets.outcomes,
      section: w.sections.outcomes,
      headers: [c.outcome, c.count],
      widths: [60, 20],
      rows: report.byOutcome.map((o) => [o.label, o.count]),
    },
    {
      sheet: w.sheets.procedures,
      section: w.sections.procedures,
      headers: [c.stt, c.procedure, ...outcomeHeaders, ...timingHeaders],
      widths: [4, 36, ...outcomeHeaders.map(() => 8), ...timingHeaders.map(() => 7)],
      rows: report.byProcedure.map((p, i) => [i + 1, p.name, ...outcomeValues(p.counts), ...timingValues(p.timing)]),
    },
    {
      sheet: w.sheets.channels,
      section: w.sections.channels,
      headers: [c.channel, ...outcomeHeaders],
      widths: [30, ...outcomeHeaders.map(() => 10)],
      rows: report.byChannel.map((ch) => [ch.label, ...outcomeValues(ch.counts)]),
    },
    // The office's report is by counter; its clerks' figures stay on their counters.
    report.office ? counterTable(report) : {
      sheet: w.sheets.clerks,
      section: w.sections.clerks,
      headers: clerkHeaders,
      widths: [22, ...clerkHeaders.slice(1).map(() => 7)],
      rows: report.byClerk.map((k) => [
        k.name,
        ...outcomeValues(k.figures.counts),
        percent(k.figures.guidanceRate),
        percent(k.figures.refusalRate),
        percent(k.figures.onTheSpotShare),
        ...timingValues(k.figures.timing),
        minutes(k.figures.intakeTime.averageSeconds),
      ]),
    },
    ...(report.office ? [] : [satisfactionTable(report)]),
  ];
}

function satisfactionTable(report: Report): Table {
  const c = w.columns;
  return {
      sheet: w.sheets.satisfaction,
      section: w.sections.satisfaction,
      headers: [c.factor, c.average, c.ratings, c.satisfied],
      widths: [40, 15, 15, 15],
      rows: report.satisfaction.factors.map((f) => [f.label, f.average === null ? null : Math.round(f.average * 100) / 100, f.count, percent(f.shareAtLeast4)]),
  };
}

export function reportXlsx(report: Report, office: Office): Buffer {
  const sheets: Sheet[] = tables(report).map((table) => ({
    name: table.sheet,
    rows: [
      { cells: [office.officeName], style: 'bold' },
      { cells: [w.title], style: 'title' },
      { cells: [scopeLine(report)] },
      { cells: [table.section], style: 'bold' },
      { cells: table.headers, style: 'header', height: 45 },
      ...table.rows.map((cells) => ({ cells })),
    ],
    widths: table.widths,
    frozenRows: 5,
  }));
  const summary = sheets.find((s) => s.name === w.sheets.summary);
  summary?.rows.push({ cells: [] }, { cells: [w.notes.title], style: 'boldItalic' }, ...report.notes.map((note) => ({ cells: [note], style: 'italic' as const })));
  return workbookBytes({ sheets, author: 'Một Cửa Desk', madeAt: new Date(report.generatedAt) });
}

const cellText = (value: string | number | null) => (value === null ? w.none : typeof value === 'number' ? formatNumber(value, Number.isInteger(value) ? 0 : 1) : value);

export function reportPdf(report: Report, office: Office, fonts: FontFiles): Buffer {
  const layout = new Layout({
    paper: 'A4',
    landscape: true,
    fonts,
    info: { Title: w.title, Subject: scopeLine(report), Keywords: 'report' },
    createdAt: new Date(report.generatedAt),
    footer: `${w.footer} — ${w.generatedAt(clockAndDate(report.generatedAt))}`,
  }).numberPages();
  layout.header({ parentAgency: office.parentAgency, officeName: office.officeName, placeDate: placeDate(office.place, report.generatedAt) });
  layout.title(w.title, scopeLine(report));
  for (const table of tables(report)) {
    layout.ensure(layout.fs * 6).para(table.section, { style: 'bold', align: 'left' });
    const columns: Column[] = table.headers.map((header, i) => ({ header, width: table.widths[i] ?? 8, align: i === 0 || (i === 1 && table.headers[0] === w.columns.stt) ? 'left' : 'right' }));
    layout.table(columns, table.rows.map((row) => row.map(cellText)), { size: layout.fs * 0.95, headerSize: layout.fs * 0.85 });
  }
  layout.notes(w.notes.title, report.notes);
  return layout.finish();
}
