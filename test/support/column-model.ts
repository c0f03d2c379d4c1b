import type { ColumnModel } from '../../compiler/model.ts';

/** A nullable column of one kind named `c`, for formatter tests. */
export const columnModel = (kind: ColumnModel['kind'], extra: Partial<ColumnModel> = {}): ColumnModel => ({
  name: 'c',
  key: 'c',
  kind,
  sqlType: kind,
  notNull: false,
  hasDefault: false,
  sequence: null,
  arrayDimensions: 0,
  ...extra,
});
