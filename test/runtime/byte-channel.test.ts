import { describe, expect, it } from 'vitest';
import { ByteChannel } from '../../runtime/streamed-artifacts.ts';

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

async function drain(channel: ByteChannel): Promise<number[]> {
  const seen: number[] = [];
  for await (const chunk of channel) seen.push(chunk.length);
  return seen;
}

/** The queue between a compile that writes a table and the COPY that loads it (compile --apply). */
describe('ByteChannel', () => {
  it('hands chunks over in order and ends', async () => {
    const channel = new ByteChannel(100);
    const reading = drain(channel);
    expect(channel.push(bytes(10))).toBeUndefined();
    expect(channel.push(bytes(20))).toBeUndefined();
    channel.end();
    expect(await reading).toEqual([10, 20]);
  });

  it('holds the producer back at the limit until the reader took it below half, so memory stays bounded', async () => {
    const channel = new ByteChannel(100);
    expect(channel.push(bytes(60))).toBeUndefined();
    const wait = channel.push(bytes(60));
    expect(wait).toBeInstanceOf(Promise);
    let released = false;
    void wait!.then(() => (released = true));
    const reader = channel[Symbol.asyncIterator]();
    await reader.next(); // 60 left queued: above half the limit
    await Promise.resolve();
    expect(released).toBe(false);
    expect(channel.pending).toBe(60);
    await reader.next(); // 0 queued
    await wait;
    expect(released).toBe(true);
    channel.end();
    expect((await reader.next()).done).toBe(true);
  });

  it('a failure rejects the waiting producer and the reader', async () => {
    const channel = new ByteChannel(10);
    const wait = channel.push(bytes(20))!;
    channel.fail(new Error('load refused'));
    await expect(wait).rejects.toThrow('load refused');
    await expect(channel.push(bytes(1))).rejects.toThrow('load refused');
    await expect(drain(channel)).rejects.toThrow('load refused');
    // What was queued is dropped: the reader sees the failure, not the data behind it.
    const late = new ByteChannel(10);
    late.push(bytes(5));
    late.fail(new Error('compile failed'));
    await expect(drain(late)).rejects.toThrow('compile failed');
  });

  it('a reader that stops early releases the producer with an error', async () => {
    const channel = new ByteChannel(10);
    channel.push(bytes(5));
    const wait = channel.push(bytes(10))!;
    for await (const _ of channel) break; // as a COPY that failed on its first chunk
    await expect(wait).rejects.toThrow('the load stopped reading this table');
  });

  it('discard: nobody reads; the producer goes on and later pushes are dropped', async () => {
    const channel = new ByteChannel(10);
    const wait = channel.push(bytes(20))!;
    channel.discard();
    await wait;
    expect(channel.push(bytes(100))).toBeUndefined();
    expect(channel.pending).toBe(0);
  });
});
