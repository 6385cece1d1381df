// npm run checkpoint — build and sign a checkpoint of the whole log now (admin command).
import { CheckpointService } from '../src/audit/checkpoint.service';
import { runCommand } from './app-context';

runCommand(async (ctx) => {
  const c = await ctx.get(CheckpointService).build();
  console.log(
    c
      ? JSON.stringify({ treeSize: c.treeSize, rootHash: c.rootHash, issuedAt: c.issuedAt })
      : 'another instance is building one',
  );
  return 0;
});
