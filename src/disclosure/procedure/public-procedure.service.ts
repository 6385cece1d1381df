import { Injectable } from '@nestjs/common';
import { describeMachine } from '../../../workflows';
import { AppConfig } from '../../config/app-config';
import { procedureSvg } from './procedure-diagram';
import { publicProcedure, type PublicProcedure } from './public-procedure';

/** 事前公开: the current machine's procedure, as JSON and as a diagram (computed once). */
@Injectable()
export class PublicProcedureService {
  private cached?: { json: PublicProcedure; svg: string };

  constructor(private readonly config: AppConfig) {}

  private build(): { json: PublicProcedure; svg: string } {
    if (!this.cached) {
      const json = publicProcedure(describeMachine(), this.config.DEPARTMENT_NAME);
      this.cached = { json, svg: procedureSvg(json) };
    }
    return this.cached;
  }

  procedure(): PublicProcedure {
    return this.build().json;
  }

  diagram(): string {
    return this.build().svg;
  }
}
