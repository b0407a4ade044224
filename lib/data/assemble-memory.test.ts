import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from './assemble';
import { readDataFiles } from './get-dataset';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A WeakRef is held until the current job ends: collect after giving the event loop a turn. */
async function collect(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

describe('the dataset does not keep the files it was read from', () => {
  it('lets the map of file texts go once assembled, O*NET tables read on first use included', async () => {
    let files: Map<string, string> | null = new Map(readDataFiles());
    const filesRef = new WeakRef(files);
    const dataset = assembleDataset(files);
    files = null;
    await collect();
    expect(filesRef.deref()).toBeUndefined();
    // The lazily read tables still read after the map is gone.
    expect(dataset.onet?.tasks.length).toBeGreaterThan(10_000);
  });
});
