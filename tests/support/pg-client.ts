import pg from "pg";

/** One connection to `url` for `work`, closed afterwards whatever happens. Free of Vitest: browser tests and fixtures use it too. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
