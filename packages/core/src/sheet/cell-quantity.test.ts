import { describe, expect, it } from 'vitest';
import { readCellQuantity } from './cell-quantity.ts';

describe('readCellQuantity', () => {
  it.each([
    ['20%以上', '>=', 20, null, '%'],
    ['≥15', '>=', 15, null, ''],
    ['＞200亿元', '>', 200, null, '亿元'],
    ['7%左右', '~', 7, null, '%'],
    ['约10', '~', 10, null, ''],
    ['3-5家', 'range', 3, 5, '家'],
    ['3～5', 'range', 3, 5, ''],
    ['不超过 0.5', '<=', 0.5, null, ''],
    ['１２．５', '=', 12.5, null, ''],
    ['1.2万', '=', 12000, null, ''],
    ['0.5个百分点', '=', 0.5, null, '百分点'],
  ])('%s', (text, comparator, value, max, unit) => {
    expect(readCellQuantity(text)).toMatchObject({ comparator, value, max, unit });
  });

  it('reads placeholders and declines', () => {
    expect(readCellQuantity('**')).toMatchObject({ comparator: 'placeholder', value: null });
    expect(readCellQuantity('**%')).toMatchObject({ comparator: 'placeholder', unit: '%' });
    expect(readCellQuantity('-3.2')).toMatchObject({ value: 3.2, decline: true });
    expect(readCellQuantity('下降3%')).toMatchObject({ value: 3, decline: true, unit: '%' });
  });

  it('refuses prose, names and error values', () => {
    for (const text of ['区经信局', '已完成', '#DIV/0!', '25户（含技改）以上', '']) expect(readCellQuantity(text)).toBeNull();
  });
});
