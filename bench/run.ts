// @runs: node-script
// `npm run bench`: every benchmark, one figure per line with its unit and target.
import { benchCalendar } from './calendar';
import { benchCatalogue } from './catalogue';
import { benchDocuments } from './documents';
import { benchFoundation } from './foundation';
import { benchIntake } from './intake';
import { benchAttachments } from './attachments';
import { benchQueue } from './queue';
import { benchSearch } from './search';
import { benchEndOfDay } from './end-of-day';
import { benchReports } from './reports';
import { benchBackup } from './backup';
import type { Figure } from './report';

const suites: { name: string; run: () => Figure[] | Promise<Figure[]> }[] = [
  { name: 'Nền tảng (foundation)', run: benchFoundation },
  { name: 'Danh mục thủ tục (catalogue)', run: benchCatalogue },
  { name: 'Lịch làm việc (calendar)', run: benchCalendar },
  { name: 'Văn bản (documents)', run: benchDocuments },
  { name: 'Tiếp nhận (intake)', run: benchIntake },
  { name: 'Hàng đợi (queue)', run: benchQueue },
  { name: 'Tìm kiếm (search)', run: benchSearch },
  { name: 'Số hóa (attachments)', run: benchAttachments },
  { name: 'Cuối ngày (end of day)', run: benchEndOfDay },
  { name: 'Báo cáo (reports)', run: benchReports },
  { name: 'Sao lưu (backup)', run: benchBackup },
];

async function main(): Promise<void> {
  console.log(`Một Cửa Desk benchmarks — ${new Date().toISOString()} — Node ${process.version}, ${process.platform}/${process.arch}`);
  const figures: Figure[] = [];
  for (const suite of suites) {
    console.log(`\n# ${suite.name}`);
    figures.push(...(await suite.run()));
  }
  const missed = figures.filter((f) => !f.pass);
  console.log(`\n${figures.length - missed.length} of ${figures.length} figures within target.`);
}

void main();
