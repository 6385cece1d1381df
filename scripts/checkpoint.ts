// npm run checkpoint — build and sign a checkpoint of the whole log now (admin command).
import { CheckpointService } from '../src/audit/checkpoint.service';
import { withAppContext } from './app-context';

withAppContext(async (ctx) => {
  const c = await ctx.get(CheckpointService).build();
  console.log(
    c
      ? JSON.stringify({ treeSize: c.treeSize, rootHash: c.rootHash, issuedAt: c.issuedAt })
      : 'another instance is building one',
  );
}).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
