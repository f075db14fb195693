// Discord-shaped ids for the fake Discord. Real snowflakes are 17-19 digits; short ids would make
// discord.js put every route into one rate-limit bucket, so the fake never uses them.

const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/** A fresh snowflake for the given time (ms since 1970): timestamp << 22 | worker | process | increment. */
export function snowflake(atMs: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  const timestamp = BigInt(Math.floor(atMs)) - DISCORD_EPOCH;
  return ((timestamp << 22n) | (1n << 17n) | (1n << 12n) | increment).toString();
}

/** The shard that owns a guild, as Discord computes it: (guild_id >> 22) % shard_count. */
export function shardOf(guildId: string, shardCount: number): number {
  if (shardCount <= 1) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A fresh snowflake whose guild would be owned by `shardId` out of `shardCount` (for sharding tests). */
export function snowflakeForShard(shardId: number, shardCount: number): string {
  if (shardId < 0 || shardId >= shardCount) throw new RangeError(`shard ${shardId} is not in 0..${shardCount - 1}`);
  const now = Date.now();
  // Step the timestamp back one millisecond at a time: the shard is the timestamp modulo the count.
  for (let back = 0; back < shardCount * 2 + 2; back += 1) {
    const id = snowflake(now - back);
    if (shardOf(id, shardCount) === shardId) return id;
  }
  throw new Error('unreachable: no timestamp maps to that shard');
}

/** When a snowflake was made (ms since 1970). */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
