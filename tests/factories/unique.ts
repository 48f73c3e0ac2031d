let counter = 0;
/** A value no other row in this worker's database has: "name-<worker>-<n>-<random>". */
export const unique = (name: string) => `${name}-${process.env.VITEST_POOL_ID ?? "0"}-${++counter}-${Math.random().toString(36).slice(2, 7)}`;
