import type { GemeenteDashboardRowDto } from '@halt/contracts';
import { byOrderAndSchool, deliveryPerSchool } from './gemeente-dashboard-model';

const row = (
  orderName: string,
  schoolId: string,
  school: string,
  ordered: number,
  delivered: number,
): GemeenteDashboardRowDto => ({
  orderId: orderName,
  orderName,
  schoolId,
  school,
  sessionsOrdered: ordered,
  sessionsDelivered: delivered,
  pupils: delivered * 25,
  responses: 0,
  scores: {},
});

describe("a gemeente's dashboard", () => {
  it('adds up what was ordered and delivered per school over all orders', () => {
    const rows = [
      row('Pakket 2027', 's2', 'Zonnewijzer', 4, 3),
      row('Pakket 2027', 's1', 'De Achtbaan', 2, 2),
      row('Aanvulling', 's2', 'Zonnewijzer', 1, 0),
    ];
    expect(deliveryPerSchool(rows)).toEqual([
      { schoolId: 's1', school: 'De Achtbaan', ordered: 2, delivered: 2 },
      { schoolId: 's2', school: 'Zonnewijzer', ordered: 5, delivered: 3 },
    ]);
  });

  it('lists the rows per order, then per school', () => {
    const rows = [row('Pakket 2027', 's2', 'Zonnewijzer', 1, 1), row('Aanvulling', 's2', 'Zonnewijzer', 1, 0)];
    rows.push(row('Pakket 2027', 's1', 'De Achtbaan', 1, 1));
    expect(byOrderAndSchool(rows).map((r) => `${r.orderName}/${r.school}`)).toEqual([
      'Aanvulling/Zonnewijzer',
      'Pakket 2027/De Achtbaan',
      'Pakket 2027/Zonnewijzer',
    ]);
  });
});
