import { normaliseGemeente, normalisePostcode, parseCsv, readDuoFile, schoolKey, schoolTypeOf } from './duo-csv';

describe('reading DUO’s CSV of school locations', () => {
  it('splits quoted fields with separators, doubled quotes and CRLF', () => {
    expect(parseCsv('a;"b;c";"d ""e"""\r\nf;;g', ';')).toEqual([
      ['a', 'b;c', 'd "e"'],
      ['f', '', 'g'],
    ]);
  });

  it('takes ; or , (whichever the header has more of), a BOM, and names missing columns', () => {
    const csv =
      '\ufeffBRIN NUMMER,VESTIGINGSNAAM,STRAATNAAM,POSTCODE,PLAATSNAAM,GEMEENTENUMMER,ONDERWIJSSTRUCTUUR\n12AB,"X, Y",Weg 1,1012ab,Adam,363,VWO/HAVO\n\n';
    expect(readDuoFile(csv)).toEqual([
      {
        line: 2,
        values: expect.objectContaining({
          brin: '12AB',
          name: 'X, Y',
          municipality: '363',
          type: 'VWO/HAVO',
          vestiging: '',
        }),
      },
    ]);
    expect(() => readDuoFile('BRIN NUMMER;NAAM\n12AB;X')).toThrow(/VESTIGINGSNAAM, STRAATNAAM/);
    expect(() => readDuoFile('')).toThrow(/leeg/);
  });

  it('maps DUO’s kinds of education to PO/VO/MBO/SO/VSO and refuses what it cannot tell', () => {
    expect(['Bao', 'Sbao', 'SO', 'VSO', 'VWO/HAVO/VMBO', 'PRO', 'MBO'].map(schoolTypeOf)).toEqual([
      'PO',
      'PO',
      'SO',
      'VSO',
      'VO',
      'VO',
      'MBO',
    ]);
    expect(schoolTypeOf('(V)SO')).toBeUndefined();
    expect(schoolTypeOf('Kinderopvang')).toBeUndefined();
  });

  it('normalises postcode, gemeentecode and the BRIN + vestiging key', () => {
    expect(normalisePostcode('1012ab')).toBe('1012 AB');
    expect(normalisePostcode('0123 AB')).toBeUndefined();
    expect(normaliseGemeente('363')).toBe('GM0363');
    expect(normaliseGemeente('GM0014')).toBe('GM0014');
    expect(normaliseGemeente('Amsterdam')).toBeUndefined();
    expect(schoolKey('12ab', '')).toEqual({ key: '12AB00' });
    expect(schoolKey('12AB', '1')).toEqual({ key: '12AB01' });
    expect(schoolKey('12AB', '12AB03')).toEqual({ key: '12AB03' });
    expect(schoolKey('12AB', '13AB03')).toEqual({ reason: expect.stringContaining('hoort niet bij') });
    expect(schoolKey('', '00')).toEqual({ reason: 'BRIN-nummer ontbreekt' });
  });
});
