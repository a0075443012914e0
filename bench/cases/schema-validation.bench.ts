import { createWorkshop } from '../../shared/domain/new-workshop';
import { WorkshopSchema } from '../../shared/schema';
import type { BenchCase } from '../lib/report';
import { median, timeRuns } from '../lib/stats';

/** Validation cost of a plain new workshop: the floor every open and save pays. */
const bench: BenchCase = {
  name: 'schema-validation',
  async run() {
    const workshop = createWorkshop();
    const samples = await timeRuns(() => WorkshopSchema.parse(workshop), 200, 20);
    return [{ suite: 'schema', metric: 'validate new workshop (median)', value: median(samples), unit: 'ms', runs: samples.length }];
  },
};
export default bench;
