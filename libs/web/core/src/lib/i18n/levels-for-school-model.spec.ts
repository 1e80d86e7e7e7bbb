import { levelsForSchool } from './label-keys';

describe('levelsForSchool', () => {
  const offer = ['po-7-8', 'vo-1-2', 'so-vso'] as const;

  it('offers a school only the levels its type teaches, in the offer’s order', () => {
    expect(levelsForSchool(offer, 'PO')).toEqual(['po-7-8']);
    expect(levelsForSchool(offer, 'VO')).toEqual(['vo-1-2']);
    expect(levelsForSchool(offer, 'SO')).toEqual(['po-7-8', 'so-vso']);
    expect(levelsForSchool(offer, 'MBO')).toEqual([]);
  });

  it('offers every level while the school’s type is not known', () => {
    expect(levelsForSchool(offer, null)).toEqual([...offer]);
  });
});
