// The core never reads the clock: callers pass `now`. Adapters that need time get a Clock injected,
// so tests can drive them with fake timers.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
