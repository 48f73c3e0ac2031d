type Context = { serverDistDir?: string; fetchCache?: boolean; tags?: string[]; softTags?: string[]; kind?: string; cacheControl?: unknown };
type Entry = { lastModified: number; value: unknown; cacheControl?: unknown };
export default class RedisCacheHandler {
  constructor(ctx?: Context);
  get(key: string, ctx?: Context): Promise<Entry | null>;
  set(key: string, data: unknown, ctx?: Context): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
