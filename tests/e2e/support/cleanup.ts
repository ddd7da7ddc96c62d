import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Things to undo after a test, run last-in first-out; every step runs even when one fails, so a
 * failing test never leaves a browser, a server or a temp profile behind.
 */
export class Cleanup {
  private steps: Array<{ what: string; run: () => Promise<unknown> | unknown }> = [];

  add(what: string, run: () => Promise<unknown> | unknown): void {
    this.steps.push({ what, run });
  }

  async tempDir(prefix: string): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
    this.add(`remove ${dir}`, () => rm(dir, { recursive: true, force: true, maxRetries: 3 }));
    return dir;
  }

  async runAll(): Promise<void> {
    const errors: string[] = [];
    while (this.steps.length) {
      const step = this.steps.pop()!;
      try {
        await step.run();
      } catch (error) {
        errors.push(`${step.what}: ${String(error)}`);
      }
    }
    if (errors.length) console.warn(`Cleanup problems:\n${errors.join('\n')}`);
  }
}
