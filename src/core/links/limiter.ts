// At most N tasks at a time, the rest wait in order: hundreds of resource links must not open
// hundreds of connections at once (to our network or to one agency's server).
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly max: number) {
    if (!(max >= 1)) { throw new RangeError('concurrency must be at least 1'); }
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) { await new Promise<void>(resolve => this.waiting.push(resolve)); }
    else { this.active++; }
    try {
      return await task();
    } finally {
      // hand the slot straight to the next task, so a newcomer cannot overtake the queue
      const next = this.waiting.shift();
      if (next) { next(); } else { this.active--; }
    }
  }
}
