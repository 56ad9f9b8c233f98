// @runs: test
import type { catalogueContract } from '../../../src-main/catalogue/contract';
import type { Samples } from './index';

const oneProcedureFile = JSON.stringify({
  format: 'mot-cua-desk/catalogue',
  version: 1,
  procedures: [
    {
      id: 'cap-lai-the-bhyt',
      code: '',
      name: 'Cấp lại thẻ BHYT do bị mất, hỏng',
      field: 'thu_so_the',
      timeLimitDays: 2,
      onTheSpot: true,
      legalBasis: 'Quyết định 595/QĐ-BHXH ngày 14/4/2017',
      legalBasisDate: '2017-05-01',
      result: 'Thẻ BHYT',
      fee: 'Không',
      components: [{ key: 'tk1-ts', name: 'Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT', formCode: 'TK1-TS', copyType: 'ban_chinh', count: 1, required: true }],
    },
  ],
});

export const catalogueSamples: Samples<typeof catalogueContract> = {
  'catalogue.search': { query: 'doi the', limit: 10 },
  'catalogue.list': {},
  'catalogue.get': { procedureId: 'doi-the-bhyt' },
  'catalogue.import': { text: oneProcedureFile },
  'catalogue.export': {},
  'catalogue.update': { procedureId: 'doi-the-bhyt', changes: { timeLimitDays: 3, onTheSpot: true }, changeNote: 'Rút ngắn thời hạn theo quyết định của Giám đốc' },
};
