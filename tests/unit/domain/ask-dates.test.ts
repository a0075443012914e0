import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { saveAsk, setAskStatus } from '../../../shared/domain/sponsor-asks';
import { ask } from '../../builders';

const withAsk = () => {
  const w = createWorkshop();
  w.sponsorAsks.push(ask({ id: 'a1', what: 'Two hours a month', status: 'asked', askedOn: '2026-11-02' }));
  return w;
};
const fieldsOf = ({ id: _id, ...fields }: ReturnType<typeof ask>) => fields;

describe('an ask’s dates follow its status on every path', () => {
  test('the card’s select stamps the decision date when granted', () => {
    const after = produce(withAsk(), (w) => setAskStatus(w, 'a1', 'granted', '2026-12-01'));
    expect(after.sponsorAsks[0]).toMatchObject({ status: 'granted', askedOn: '2026-11-02', decidedOn: '2026-12-01' });
  });

  test('the dialog set to Granted stamps the decision date too', () => {
    const w = withAsk();
    const after = produce(w, (d) => void saveAsk(d, 'a1', { ...fieldsOf(w.sponsorAsks[0]!), status: 'granted' }, '2026-12-01'));
    expect(after.sponsorAsks[0]).toMatchObject({ status: 'granted', askedOn: '2026-11-02', decidedOn: '2026-12-01' });
  });

  test('a new ask made as refused in the dialog is dated asked and decided today', () => {
    const after = produce(
      createWorkshop(),
      (d) => void saveAsk(d, null, fieldsOf(ask({ what: 'A room', status: 'refused' })), '2026-12-01'),
    );
    expect(after.sponsorAsks[0]).toMatchObject({ what: 'A room', askedOn: '2026-12-01', decidedOn: '2026-12-01' });
  });

  test('a decision date typed in the dialog is kept', () => {
    const w = withAsk();
    const after = produce(
      w,
      (d) => void saveAsk(d, 'a1', { ...fieldsOf(w.sponsorAsks[0]!), status: 'granted', decidedOn: '2026-11-20' }, '2026-12-01'),
    );
    expect(after.sponsorAsks[0]!.decidedOn).toBe('2026-11-20');
  });
});
