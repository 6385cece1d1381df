import { Global, Module } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { BlobStore } from './blob-store';
import { FsBlobStore } from './fs-blob-store';

/** One blob store for the process: the filesystem under DATA_DIR/blobs. */
@Global()
@Module({
  providers: [
    {
      provide: BlobStore,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new FsBlobStore(join(config.DATA_DIR, 'blobs')),
    },
  ],
  exports: [BlobStore],
})
export class StorageModule {}
