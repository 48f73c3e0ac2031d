/** Paging shared by search and the open-data API: 1-based page numbers, a page size, an offset. */
export type Paging = { page: number; perPage: number; offset: number };

export const paging = (page: number | undefined, perPage: number): Paging => {
  const p = page ?? 1;
  return { page: p, perPage, offset: (p - 1) * perPage };
};

export const pageCount = (total: number, perPage: number) => Math.max(1, Math.ceil(total / perPage));
