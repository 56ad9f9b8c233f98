// @runs: test
// A counter hammering intakes until it is killed: prints each confirmed code
// on stdout only after the decision has committed. Run by test/unit/crash.test.ts.
import { createDispatcher } from '../../src-main/api/dispatch';
import { createServices } from '../../src-main/services';
import { SUPERVISOR } from '../support/services';
import { cardReissueForm } from '../support/intake';

async function main(): Promise<void> {
  const [dataDir, countText] = process.argv.slice(2) as [string, string];
  const services = createServices({ dataDir });
  const dispatch = createDispatcher(services);
  const setup = await dispatch('app.status', {});
  if (setup.ok && !(setup.value as { setupDone: boolean }).setupDone) {
    await dispatch('setup.complete', {
      office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 },
      clerk: SUPERVISOR,
    });
  } else {
    await dispatch('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
  }
  const draft = await dispatch('intake.saveDraft', { content: JSON.stringify({ applicantName: 'Lê Thị Hồng Nhung', procedureName: 'Cấp lại thẻ BHYT' }) });
  if (!draft.ok) throw new Error(JSON.stringify(draft.error));
  process.stdout.write('ready\n');
  for (let i = 0; i < Number(countText); i++) {
    const result = await dispatch('intake.accept', { form: cardReissueForm() });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    process.stdout.write(`${(result.value as { code: string }).code}\n`);
  }
  process.stdout.write('done\n');
}

void main();
