/**
 * KV reads and writes that never fail a request: a broken or slow cache degrades to a miss (read) or
 * to an unsaved result (write), and is logged.
 */

export async function kvGetJson<T>(kv: KVNamespace | undefined, key: string): Promise<T | null> {
  if (!kv) return null;
  try {
    return await kv.get<T>(key, "json");
  } catch (err) {
    console.warn(`cache read failed for ${key}: ${String(err)}`);
    return null;
  }
}

/** Returns whether the value was stored. */
export async function kvPutJson(
  kv: KVNamespace | undefined,
  key: string,
  value: unknown,
  ttlSeconds: number,
): Promise<boolean> {
  if (!kv) return false;
  try {
    await kv.put(key, JSON.stringify(value), { expirationTtl: ttlSeconds });
    return true;
  } catch (err) {
    console.warn(`cache write failed for ${key}: ${String(err)}`);
    return false;
  }
}
