import { App } from 'aws-cdk-lib';
import * as fs from 'fs';
import { bastion } from '../apps/shapes/bastion';
import { dataLake } from '../apps/shapes/data-lake';
import { eksCluster } from '../apps/shapes/eks-cluster';
import { fanOut } from '../apps/shapes/fan-out';
import { fargateAlb } from '../apps/shapes/fargate-alb';
import { pipeline } from '../apps/shapes/pipeline';
import { queueWorkers } from '../apps/shapes/queue-workers';
import { rdsWebApp } from '../apps/shapes/rds-web-app';
import { serverlessApi } from '../apps/shapes/serverless-api';
import { staticSite } from '../apps/shapes/static-site';
import { synthShape } from '../apps/shapes/common';
import { check } from '../adversarial/support';
import { InsecureStack } from '../../examples/insecure-stack';
import { WebServiceStack } from '../../examples/web-service-stack';
import { DUTIES_BY_TYPE } from '../adversarial/support';
import { catalogIndex } from '../../rules';

it('inventory', () => {
  const counts = new Map<string, number>();
  const add = (c: ReturnType<typeof check>) => {
    for (const s of c.assembly!.stacksRecursively) {
      for (const r of Object.values((s.template as any).Resources ?? {}) as any[]) counts.set(r.Type, (counts.get(r.Type) ?? 0) + 1);
    }
  };
  for (const shape of [bastion, dataLake, eksCluster, fanOut, fargateAlb, pipeline, queueWorkers, rdsWebApp, serverlessApi, staticSite])
    for (const v of ['secure', 'insecure'] as const) add(synthShape(shape, v));
  const a = new App({ context: { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true } }); new InsecureStack(a, 'I', { env: { region: 'eu-west-1' } }); new WebServiceStack(a, 'W', { env: { region: 'eu-west-1' } }); add(check(a));
  const rows = [...counts].sort((x, y) => y[1] - x[1]).map(([t, n]) => `${DUTIES_BY_TYPE.has(t) ? 'C' : catalogIndex.resourceTypes.get(t)?.noDutyOfItsOwn ? 'N' : 'U'} ${n} ${t}`);
  fs.writeFileSync('/tmp/inventory.txt', rows.join('\n'));
});
