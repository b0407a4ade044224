import { describe, expect, it } from 'vitest';
import { searchOccupations, type OccupationOption } from './search';

const OPTIONS: OccupationOption[] = [
  { code: '29-2071', title: 'Medical records and health information technicians' },
  { code: '29-2072', title: 'Medical records specialists' },
  { code: '31-9092', title: 'Medical assistants' },
  { code: '29-1141', title: 'Registered nurses' },
  { code: '11-9111', title: 'Medical and health services managers' },
];

describe('searchOccupations', () => {
  it('matches words out of order, by their starts', () => {
    expect(searchOccupations(OPTIONS, 'records medical').map((o) => o.code)).toEqual(['29-2071', '29-2072']);
    expect(searchOccupations(OPTIONS, 'nurs reg').map((o) => o.code)).toEqual(['29-1141']);
  });

  it('matches a code prefix with or without the hyphen, exact code first', () => {
    expect(searchOccupations(OPTIONS, '29-207').map((o) => o.code)).toEqual(['29-2071', '29-2072']);
    expect(searchOccupations(OPTIONS, '292072').map((o) => o.code)).toEqual(['29-2072']);
    expect(searchOccupations(OPTIONS, '29').map((o) => o.code)).toEqual(['29-1141', '29-2071', '29-2072']);
  });

  it('finds nothing for an empty or unmatched query', () => {
    expect(searchOccupations(OPTIONS, '   ')).toEqual([]);
    expect(searchOccupations(OPTIONS, 'astronaut')).toEqual([]);
  });
});
