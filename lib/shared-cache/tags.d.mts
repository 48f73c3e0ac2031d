type TagClient = {
  hSet(key: string, fields: Record<string, string>): Promise<unknown>;
  hmGet(key: string, fields: string[]): Promise<(string | null)[]>;
};
export declare const TAGS_KEY: string;
export declare const ENTRY_PREFIX: string;
export declare function expireTagsIn(client: TagClient, tags: Iterable<string>, seconds?: number): Promise<void>;
export declare function anyExpiredSince(client: TagClient, tags: string[], storedAt: number): Promise<boolean>;
