// Every test run starts from a fresh dist/: the bundle tests load what Apps Script would run.
// SKIP_BUILD=1 reuses the dist/ already there (handy while another part of the build is broken).
import { build } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  if (process.env.SKIP_BUILD) return;
  await build();
}
