// @runs: node-script
// `npm run bench`: every benchmark, one figure per line with its unit and target.
// `npm run bench -- end-of-day search`: only the suites named (by file name).
import { benchCalendar } from './calendar';
import { benchCatalogue } from './catalogue';
import { benchDocuments } from './documents';
import { benchFoundation } from './foundation';
import { benchIntake } from './intake';
import { benchAttachments } from './attachments';
import { benchQueue } from './queue';
import { benchSearch } from './search';
import { benchSearchRelevance } from './search-relevance';
import { benchEndOfDay } from './end-of-day';
import { benchReports } from './reports';
import { benchBackup } from './backup';
import { benchHub } from './hub';
import { benchHubOffice } from './hub-office';
import type { Figure } from './report';

const suites: { key: string; name: string; run: () => Figure[] | Promise<Figure[]> }[] = [
  { key: 'foundation', name: 'Nền tảng (foundation)', run: benchFoundation },
  { key: 'catalogue', name: 'Danh mục thủ tục (catalogue)', run: benchCatalogue },
  { key: 'calendar', name: 'Lịch làm việc (calendar)', run: benchCalendar },
  { key: 'documents', name: 'Văn bản (documents)', run: benchDocuments },
  { key: 'intake', name: 'Tiếp nhận (intake)', run: benchIntake },
  { key: 'queue', name: 'Hàng đợi (queue)', run: benchQueue },
  { key: 'search', name: 'Tìm kiếm (search)', run: benchSearch },
  { key: 'search-relevance', name: 'Tìm kiếm: đúng người đầu tiên (search relevance)', run: benchSearchRelevance },
  { key: 'attachments', name: 'Số hóa (attachments)', run: benchAttachments },
  { key: 'end-of-day', name: 'Cuối ngày (end of day)', run: benchEndOfDay },
  { key: 'reports', name: 'Báo cáo (reports)', run: benchReports },
  { key: 'backup', name: 'Sao lưu (backup)', run: benchBackup },
  { key: 'hub', name: 'Máy chủ văn phòng (hub)', run: benchHub },
  { key: 'hub-office', name: 'Máy chủ văn phòng: cả văn phòng (hub office data)', run: benchHubOffice },
];

async function main(): Promise<void> {
  console.log(`Một Cửa Desk benchmarks — ${new Date().toISOString()} — Node ${process.version}, ${process.platform}/${process.arch}`);
  const figures: Figure[] = [];
  const only = process.argv.slice(2);
  for (const suite of suites.filter((s) => only.length === 0 || only.includes(s.key))) {
    console.log(`\n# ${suite.name}`);
    figures.push(...(await suite.run()));
  }
  const missed = figures.filter((f) => !f.pass);
  console.log(`\n${figures.length - missed.length} of ${figures.length} figures within target.`);
}

void main();
